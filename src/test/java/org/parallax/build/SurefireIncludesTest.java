package org.parallax.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fails when a class under src/test/java holds tests that {@code mvn verify} would not run: six {@code *Properties}
 * classes (17 jqwik properties) once never ran because Surefire's default name patterns missed them (issue 18).
 * The patterns are read from pom.xml's Surefire {@code <includes>}, so adding a class with a new suffix, or
 * narrowing the includes, fails here rather than silently.
 */
class SurefireIncludesTest {
    private static final Path TESTS = Path.of("src/test/java");
    /** Annotations that make a method a test for the JUnit Platform engines on the class path. */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|FuzzTest|ArchTest)\\b",
            Pattern.MULTILINE);

    @Test
    void everyClassWithTestsMatchesSurefiresIncludes() throws Exception {
        List<Pattern> includes = surefireIncludes();
        List<String> withTests = classesWithTests();

        assertThat(includes).as("pom.xml's Surefire <includes>").isNotEmpty();
        assertThat(withTests).as("test classes found under " + TESTS).hasSizeGreaterThan(50);
        List<String> notRun = withTests.stream()
                .filter(file -> includes.stream().noneMatch(include -> include.matcher(file).matches()))
                .toList();
        assertThat(notRun).as("classes with tests that Surefire's <includes> in pom.xml do not run").isEmpty();
    }

    @Test
    void thePomExcludesNoTestClass() throws Exception {
        Element surefire = surefireConfiguration();

        assertThat(surefire.getElementsByTagName("excludes").getLength()).isZero();
        assertThat(surefire.getElementsByTagName("groups").getLength()).isZero();
        assertThat(surefire.getElementsByTagName("excludedGroups").getLength()).isZero();
    }

    @Test
    void thePatternReaderSeesWhatSurefireSees() {
        Pattern properties = antPattern("**/*Properties.java");

        assertThat(properties.matcher("org/parallax/model/IdsProperties.java").matches()).isTrue();
        assertThat(properties.matcher("IdsProperties.java").matches()).isTrue();
        assertThat(antPattern("**/*Test.java").matcher("org/parallax/io/IdsProperties.java").matches()).isFalse();
    }

    /** Paths relative to src/test/java, with '/' separators, of the files that declare a test method. */
    static List<String> classesWithTests() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (TEST_ANNOTATION.matcher(source).find() && !source.contains("abstract class")) {
                    found.add(TESTS.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }

    static List<Pattern> surefireIncludes() throws Exception {
        NodeList includes = surefireConfiguration().getElementsByTagName("include");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < includes.getLength(); i++) {
            patterns.add(antPattern(includes.item(i).getTextContent().trim()));
        }
        return patterns;
    }

    private static Element surefireConfiguration() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList artifact = plugin.getElementsByTagName("artifactId");
            if (artifact.getLength() > 0 && artifact.item(0).getTextContent().trim().equals("maven-surefire-plugin")) {
                return (Element) plugin.getElementsByTagName("configuration").item(0);
            }
        }
        throw new AssertionError("pom.xml has no maven-surefire-plugin");
    }

    /** Surefire's Ant-style include ({@code **}/ any folders, {@code *} any name part) as a regular expression. */
    static Pattern antPattern(String include) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < include.length(); i++) {
            char c = include.charAt(i);
            if (include.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
