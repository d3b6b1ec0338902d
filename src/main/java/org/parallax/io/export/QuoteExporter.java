package org.parallax.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;

/**
 * Writes quotes in one format. Streams: each quote is written as it is reached, so a 100,000-quote export
 * never holds the whole text in memory. Rows are written in canonical order (theme, point, source, quote, as
 * in the model) whatever order they are given in.
 */
public interface QuoteExporter {
    ExportFormat format();

    void write(Model model, List<QuoteRow> rows, Writer out, ExportProgress progress) throws IOException;

    default void write(Model model, List<QuoteRow> rows, Writer out) throws IOException {
        write(model, rows, out, ExportProgress.NONE);
    }

    /** An exporter for the format; {@code bom} only matters for CSV. */
    static QuoteExporter of(ExportFormat format, boolean bom) {
        return of(format, bom, QuotePlaces.NONE);
    }

    /** An exporter whose citations name the paragraph of each quote where {@code places} knows it. */
    static QuoteExporter of(ExportFormat format, boolean bom, QuotePlaces places) {
        return switch (format) {
            case MD -> new MarkdownExporter(places);
            case CSV -> new CsvExporter(bom, places);
            case JSON -> new JsonExporter(places);
            default -> throw new IllegalArgumentException(format.label()
                    + " is written by io.exchange.ExchangeExport, not as a text stream");
        };
    }
}
