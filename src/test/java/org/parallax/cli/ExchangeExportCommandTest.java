package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;

/** {@code export --format xlsx|html|docx|qdpx|qdc} and the way back with {@code import}. */
class ExchangeExportCommandTest {
    private static final String BUNDLED = "data/china-us-ai-labs.json";
    private static final Path SEEDS = Path.of(System.getProperty("parallax.sources", "../shared/seeds"));

    @TempDir
    Path dir;

    @Test
    void theBundledModelGoesToQdpxAndComesBackEqual() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the article texts are beside the repository");
        Path qdpx = dir.resolve("corpus.qdpx");
        CliRun export = CliRun.of("export", BUNDLED, "--format", "qdpx", "--sources", SEEDS.toString(),
                "--out", qdpx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("REFI-QDA project");
        Path back = dir.resolve("back/model.json");
        Files.createDirectories(back.getParent());
        CliRun imported = CliRun.of("import", qdpx.toString(), "--out", back.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).doesNotContain("skipped").doesNotContain("not in the codebook");
        Model original = new ModelLoader().load(Path.of(BUNDLED)).model();
        Model roundTripped = new ModelLoader().load(back).model();
        assertThat(roundTripped).isEqualTo(original);
        CliRun validate = CliRun.of("validate", back.toString(), "--sources", dir.resolve("back/sources").toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
    }

    @Test
    void qdpxWithoutTheTextsNamesSources() throws Exception {
        Path model = dir.resolve("model.json");
        Files.copy(Path.of(BUNDLED), model);
        CliRun run = CliRun.of("export", model.toString(), "--format", "qdpx", "--out", dir.resolve("x.qdpx").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--sources");
        assertThat(dir.resolve("x.qdpx")).doesNotExist();
    }

    @Test
    void theCodebookGoesToStandardOutput() {
        CliRun run = CliRun.of("export", BUNDLED, "--format", "qdc");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Parallax\">")
                .doesNotContain("PlainTextSelection");
    }

    @Test
    void theHtmlReportOfOneThemeGoesToStandardOutput() {
        CliRun run = CliRun.of("export", BUNDLED, "--format", "html", "--theme", "talent");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<section class=\"point\"")
                .contains("<blockquote>");
    }

    @Test
    void aSpreadsheetNeedsOutAndOpensInPoi() throws Exception {
        CliRun noOut = CliRun.of("export", BUNDLED, "--format", "xlsx");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
        Path xlsx = dir.resolve("q.xlsx");
        CliRun run = CliRun.of("export", BUNDLED, "--format", "xlsx", "--out", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Model model = new ModelLoader().load(Path.of(BUNDLED)).model();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheet("Quotes").getLastRowNum()).isEqualTo(model.quoteCount());
            assertThat(book.getSheet("Coverage").getLastRowNum()).isEqualTo(model.points().size());
        }
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        CliRun run = CliRun.of("export", BUNDLED, "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("xlsx, html, docx, qdpx or qdc");
    }
}
