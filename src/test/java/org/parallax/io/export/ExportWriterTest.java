package org.parallax.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.analysis.filter.SyntheticModels;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.SourceFolder;
import org.parallax.model.Model;

class ExportWriterTest {
    @TempDir
    Path folder;

    private final Model model = SyntheticModels.small();
    private final List<QuoteRow> rows = QuoteCatalog.of(model).rows();

    @Test
    void writesTheExportAsUtf8Bytes() throws IOException {
        Path target = folder.resolve("small.csv");
        new ExportWriter(new AtomicFileWriter()).toFile(target, new CsvExporter(true, QuotePlaces.of(
                SourceFolder.attach(Path.of("src/test/resources/models/small-sources"), model))), model, rows,
                ExportProgress.NONE);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // the BOM, in UTF-8
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + ExpectedOutputTest.expected("small.csv"));
    }

    @Test
    void anExporterFailingHalfwayLeavesTheEarlierFileAndNoTemp() throws IOException {
        Path target = folder.resolve("small.md");
        Files.writeString(target, "earlier");
        QuoteExporter failing = new QuoteExporter() {
            @Override
            public ExportFormat format() {
                return ExportFormat.MD;
            }

            @Override
            public void write(Model m, List<QuoteRow> r, Writer out, ExportProgress progress) throws IOException {
                new MarkdownExporter().write(m, r.subList(0, 3), out);
                out.flush(); // the first half reaches the temp file
                throw new IOException("no space left on device");
            }
        };
        assertThatThrownBy(() -> new ExportWriter(new AtomicFileWriter()).toFile(target, failing, model, rows,
                ExportProgress.NONE)).hasMessage("no space left on device");
        assertThat(Files.readString(target)).isEqualTo("earlier");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("small.md");
        }
    }
}
