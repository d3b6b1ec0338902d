package org.parallax.io.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AtomicFileWriter;
import org.parallax.model.Model;

/**
 * Writes an export to a file through {@link AtomicFileWriter}: UTF-8, buffered, and all or nothing. A
 * failure halfway leaves an earlier file at the target untouched and no temp file behind.
 */
public final class ExportWriter {
    private static final int BUFFER = 1 << 16;

    private final AtomicFileWriter files;

    public ExportWriter(AtomicFileWriter files) {
        this.files = files;
    }

    public void toFile(Path target, QuoteExporter exporter, Model model, List<QuoteRow> rows,
                       ExportProgress progress) throws IOException {
        files.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            exporter.write(model, rows, writer, progress);
            writer.flush(); // not closed: the atomic writer still has to force the file to disk
        });
    }

    /**
     * The first {@code maxLines} lines an export of {@code rows} starts with (a preview). Cheap for any number
     * of rows: the export streams into a writer that stops it once it has the lines.
     */
    public static String preview(QuoteExporter exporter, Model model, List<QuoteRow> rows, int maxLines) {
        LineLimitedWriter lines = new LineLimitedWriter(maxLines);
        try {
            exporter.write(model, rows, lines);
        } catch (LineLimitedWriter.Enough enough) {
            // the preview is full
        } catch (IOException cannotHappen) {
            throw new java.io.UncheckedIOException(cannotHappen);
        }
        return lines.text();
    }
}
