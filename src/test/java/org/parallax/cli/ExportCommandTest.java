package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final String SMALL = "src/test/resources/models/small.json";
    private static final String SOURCES = "src/test/resources/models/small-sources";

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String expected(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/export-expected", name), StandardCharsets.UTF_8);
    }

    @Test
    void markdownToStandardOutputByDefault() throws IOException {
        Run run = run("export", SMALL, "--sources", SOURCES);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(expected("small.md"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void filtersMeanWhatTheWindowsFiltersMean() throws IOException {
        assertThat(run("export", SMALL, "--theme", "compute", "--source", "beta", "--source", "gamma").out())
                .isEqualTo(expected("compute-beta-gamma.md"));
        assertThat(run("export", SMALL, "--format", "json", "--side", "freedonia").out())
                .isEqualTo(expected("freedonia.json"));
        Run csv = run("export", SMALL, "--format", "csv", "--stance", "constraint", "--certainty", "reported");
        assertThat(csv.out().split("\r\n")).hasSize(2);
        assertThat(csv.out()).contains("accelerator-count,", ",31,102,A. Writer,Alpha Weekly,,,,\r\n");
    }

    @Test
    void queryIgnoresAccentsAndCurlyQuotes() {
        Run run = run("export", SMALL, "--format", "csv", "--query", "RURITÁNIA’S");
        assertThat(run.code()).isZero();
        assertThat(run.out()).hasLineCount(2).contains("state-funding,The state funds compute,");
    }

    @Test
    void withoutTheArticlesCitationsNameNoParagraph() {
        Run run = run("export", SMALL);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("— *Beta Review notes*, Beta Review; point: How many")
                .doesNotContain("paragraph");
        Run missing = run("export", SMALL, "--sources", "no-such-folder");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-folder").contains("does not exist");
    }

    @Test
    void anEmptyResultIsAValidEmptyExport() {
        Run run = run("export", SMALL, "--theme", "talent", "--side", "freedonia");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("# Small test comparison\n");
    }

    @Test
    void writesAFileAtomicallyAndRefusesToOverwriteWithoutForce() throws IOException {
        Path target = folder.resolve("quotes.csv");
        Run first = run("export", SMALL, "--sources", SOURCES, "--format", "csv", "--bom", "--out",
                target.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("wrote 7 quotes to " + target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + expected("small.csv"));

        Run refused = run("export", SMALL, "--format", "md", "--out", target.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains(target + " exists").contains("--force");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + expected("small.csv"));

        Run forced = run("export", SMALL, "--sources", SOURCES, "--out", target.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(expected("small.md"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(1); // no temp file left
        }
    }

    @Test
    void aFolderAsDestinationIsRefused() throws IOException {
        Path target = Files.createDirectory(folder.resolve("out.md"));
        Run run = run("export", SMALL, "--sources", SOURCES, "--out", target.toString(), "--force");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is a folder");
        assertThat(Files.isDirectory(target)).isTrue();
    }

    @Test
    void unknownIdsInFiltersAreAnError() {
        Run run = run("export", SMALL, "--theme", "weather", "--point", "no-such-point");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown theme 'weather'; known themes:\n  compute  Compute\n"
                        + "  talent   Talent\n  data     Data industry")
                .contains("unknown point 'no-such-point'").contains("accelerator-count  How many accelerators")
                .contains("2 unknown ids").contains("nothing exported");
    }

    @Test
    void filterIdsAlsoMatchLabelsAndNamesIgnoringCase() {
        Run byLabel = run("export", SMALL, "--theme", "Compute", "--source", "BETA REVIEW NOTES", "--source",
                "gamma digest");
        assertThat(byLabel.code()).isZero();
        assertThat(byLabel.out()).isEqualTo(run("export", SMALL, "--theme", "compute", "--source", "beta",
                "--source", "gamma").out());
        assertThat(run("export", SMALL, "--format", "csv", "--side", "freedonia").out())
                .isEqualTo(run("export", SMALL, "--format", "csv", "--side", "FreeDonia").out());
    }

    @Test
    void anInvalidModelReportsItsProblems() throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"title\": \"x\",\n  \"sides\": [ }");
        Run run = run("export", bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":2:").contains("is not a valid model").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("export", SMALL, "--format", "xml").code()).isEqualTo(2);
        assertThat(run("export", SMALL, "--stance", "happy").code()).isEqualTo(2);
        assertThat(run("export").code()).isEqualTo(2);
        Run unknownFlag = run("export", SMALL, "--colour");
        assertThat(unknownFlag.code()).isEqualTo(2);
        assertThat(unknownFlag.err()).contains("--colour");
    }

    @Test
    void helpNamesEveryOption() {
        Run help = run("export", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--format", "--theme", "--source", "--side", "--stance", "--certainty",
                "--point", "--query", "--bom", "--out", "--force");
    }
}
