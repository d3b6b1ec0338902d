package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which JVM a command-line run re-runs in (decision 0018). */
class ShortRunJvmTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/opt/parallax/parallax.jar");
    private static final long HEAP = 4096L << 20;

    @Test
    void aRunOfTheJarReRunsWithShortRunOptionsThenTheUsersOptionsAndTheSameArguments() {
        String[] parent = {"-Dx=1", "-jar", JAR.toString(), "export", "m.json"};

        assertThat(ShortRunJvm.childCommand(JAVA, parent, JAR, HEAP, List.of(), new String[] {"export", "m.json"}))
                .contains(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn1024m",
                        "-Dparallax.shortRunChild=true", "-Dx=1", "-jar", JAR.toString(), "export", "m.json"));
    }

    @Test
    void theUsersHeapSizesAndCollectorAreKeptAndNotContradicted() {
        for (String sizing : List.of("-XX:NewSize=64m", "-Xms256m", "-Xmx1g", "-XX:MaxRAMPercentage=50")) {
            String[] parent = {sizing, "-jar", JAR.toString(), "stats"};
            assertThat(ShortRunJvm.childCommand(JAVA, parent, JAR, HEAP, List.of(), new String[] {"stats"})
                    .orElseThrow())
                    .as(sizing).noneMatch(option -> option.startsWith("-Xmn")).contains(sizing);
        }
        String[] g1 = {"-XX:+UseG1GC", "-jar", JAR.toString(), "stats"};
        assertThat(ShortRunJvm.childCommand(JAVA, g1, JAR, HEAP, List.of(), new String[] {"stats"}).orElseThrow())
                .doesNotContain("-XX:+UseSerialGC").contains("-XX:+UseG1GC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void anotherJarOrAClassPathRunStaysInThisJvm() {
        assertThat(ShortRunJvm.childCommand(JAVA, new String[] {"-jar", "/elsewhere/other.jar", "x"}, JAR, HEAP,
                List.of(), new String[] {"x"})).isEmpty();
        assertThat(ShortRunJvm.childCommand(JAVA, new String[] {"-cp", JAR.toString(), "org.parallax.Launcher"},
                JAR, HEAP, List.of(), new String[] {"x"})).isEmpty();
    }

    @Test
    void theCommandsArchiveOptionsReplaceTheParentsOwnArchive() {
        String[] parent = {"-XX:SharedArchiveFile=/cache/window.jsa", "-Xlog:cds=off", "-jar", JAR.toString(), "diff"};
        List<String> archive = List.of("-XX:SharedArchiveFile=/cache/cli-diff.jsa", "-Xlog:cds=off");

        List<String> child = ShortRunJvm.childCommand(JAVA, parent, JAR, HEAP, archive, new String[] {"diff"})
                .orElseThrow();

        assertThat(child).contains("-XX:SharedArchiveFile=/cache/cli-diff.jsa")
                .doesNotContain("-XX:SharedArchiveFile=/cache/window.jsa");
        assertThat(child.indexOf("-XX:SharedArchiveFile=/cache/cli-diff.jsa")).isLessThan(child.indexOf("-jar"));
        assertThat(ShortRunJvm.childCommand(JAVA, parent, JAR, HEAP, List.of(), new String[] {"diff"}).orElseThrow())
                .as("without an archive of its own the child keeps the user's").contains(parent[0]);
    }

    @Test
    void theWindowReRunsWithItsArchiveAndTheUsersOptionsButNoShortRunTuning() {
        String[] parent = {"-Dparallax.model=m.json", "-XX:SharedArchiveFile=/cache/launcher.jsa", "-jar",
            JAR.toString()};
        List<String> archive = List.of("-XX:SharedArchiveFile=/cache/run-window.jsa", "-Xlog:cds=off");

        List<String> child = ShortRunJvm.windowCommand(JAVA, parent, JAR, archive).orElseThrow();

        assertThat(child).containsExactly("/jdk/bin/java", "-Dparallax.windowChild=true",
                "-XX:SharedArchiveFile=/cache/run-window.jsa", "-Xlog:cds=off", "-Dparallax.model=m.json", "-jar",
                JAR.toString());
        assertThat(ShortRunJvm.windowCommand(JAVA, new String[] {"-cp", JAR.toString(), "org.parallax.Launcher"},
                JAR, archive)).isEmpty();
    }

    @Test
    void testsOpenTheWindowInTheirOwnJvm() {
        assertThat(ShortRunJvm.runWindowInChild()).isEmpty();
    }

    @Test
    void theYoungGenerationIsHalfTheHeapLimitWithinBounds() {
        assertThat(ShortRunJvm.youngGenerationMegabytes(512L << 20)).isEqualTo(256);
        assertThat(ShortRunJvm.youngGenerationMegabytes(16L << 30)).isEqualTo(1024);
        assertThat(ShortRunJvm.youngGenerationMegabytes(8L << 20)).isEqualTo(16);
    }

    @Test
    void testsRunCommandsInTheirOwnJvm() {
        // this JVM was not started as java -jar parallax.jar: no child, the command runs here
        assertThat(ShortRunJvm.runInChild(new String[] {"--version"})).isEmpty();
    }
}
