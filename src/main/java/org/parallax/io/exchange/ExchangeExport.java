package org.parallax.io.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.SourceText;
import org.parallax.io.export.ExportFormat;
import org.parallax.io.export.QuotePlaces;
import org.parallax.model.Model;

/**
 * Writes the export formats that are files rather than text streams: the spreadsheet, the HTML and Word reports, the
 * REFI-QDA project and codebook. One entry point for the command line and the window, given the selected quotes.
 */
public final class ExchangeExport {
    private ExchangeExport() {
    }

    /**
     * What an export needs: the model, the selected rows, where quotes stand in their articles (paragraphs for
     * citations), and the article texts by source id (a REFI-QDA project carries them; the others ignore them).
     */
    public record Request(Model model, List<QuoteRow> rows, QuotePlaces places, Map<String, SourceText> texts) {
        public Request {
            rows = List.copyOf(rows);
            texts = Map.copyOf(texts);
        }
    }

    /** True when {@link #write} writes this format (every format that is not streamed as text). */
    public static boolean handles(ExportFormat format) {
        return !format.isText();
    }

    /** True when the format needs the article texts ({@link ExchangeTexts}). */
    public static boolean needsTexts(ExportFormat format) {
        return format == ExportFormat.QDPX;
    }

    public static void write(ExportFormat format, Request request, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> XlsxExporter.write(request.model(), request.rows(), request.places(), out);
            case HTML -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                HtmlReport.write(ReportContent.of(request.model(), request.rows(), request.places()), writer);
                writer.flush();
            }
            case DOCX -> DocxReport.write(ReportContent.of(request.model(), request.rows(), request.places()), out);
            case QDPX -> QdpxWriter.write(ModelSelection.restrict(request.model(), request.rows()), request.texts(), out);
            case QDC -> QdpxWriter.writeCodebook(request.model(), out);
            default -> throw new IllegalArgumentException(format.label() + " is a text format (QuoteExporter)");
        }
    }
}
