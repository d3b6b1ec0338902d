package org.parallax.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.SourceText;
import org.parallax.io.exchange.ExchangeExport;
import org.parallax.io.exchange.ExchangeTexts;
import org.parallax.io.export.ExportFormat;
import org.parallax.io.export.QuotePlaces;
import org.parallax.model.Model;

/**
 * The export dialog's side of the file formats of issue 17 (xlsx, html, docx, qdpx, qdc): what the preview says
 * instead of lines (a file of this kind has none to show), and the export itself, run in the dialog's background
 * task. A REFI-QDA project carries the article texts: it reads them from the attached folder and refuses, saying
 * to attach them, when they are missing or a quote is not where its offsets say.
 */
final class ExchangeFormats {
    private ExchangeFormats() {
    }

    static String describe(ExportFormat format, int quotes) {
        String count = quotes + (quotes == 1 ? " quote" : " quotes");
        return switch (format) {
            case XLSX -> "An Excel workbook: sheet Quotes has " + count + " (the CSV's columns with author,"
                    + " publisher, url, date, paragraph and note; header frozen and filterable), sheet Coverage the"
                    + " points x sources matrix.";
            case HTML -> "A report of " + count + ": one section per point with each article's framing side by side"
                    + " and every quote cited, then the coverage matrix. One self-contained, printable file:"
                    + " open it in a browser after the export.";
            case DOCX -> "The same report as a Word document: " + count + ", framings side by side, coverage.";
            case QDPX -> "A REFI-QDA project (MAXQDA, ATLAS.ti, NVivo, QualCoder): the codebook, the article texts"
                    + " and " + count + " as coded selections. It needs the attached article texts.";
            case QDC -> "The REFI-QDA codebook alone: themes and their points as codes.";
            default -> "";
        };
    }

    /** Runs off the FX thread (inside the dialog's task); throws with a message the dialog shows. */
    static void write(ExportFormat format, Model model, List<QuoteRow> rows, QuotePlaces places, Path textsFolder,
                      AtomicFileWriter files, Path target) throws IOException {
        Map<String, SourceText> texts = Map.of();
        if (ExchangeExport.needsTexts(format) && model.sources().stream().anyMatch(source -> source.hasFile())) {
            if (textsFolder == null) {
                throw new IOException("a REFI-QDA project carries the article texts: attach them first"
                        + " (File > Attach article texts...)");
            }
            ExchangeTexts.Result loaded = ExchangeTexts.load(model, textsFolder);
            if (!loaded.ok()) {
                throw new IOException("the attached texts in " + textsFolder + " do not fit the model: "
                        + String.join("; ", loaded.problems().subList(0, Math.min(3, loaded.problems().size())))
                        + (loaded.problems().size() > 3 ? "; ..." : ""));
            }
            texts = loaded.texts();
        }
        ExchangeExport.Request request = new ExchangeExport.Request(model, rows, places, texts);
        files.write(target, out -> ExchangeExport.write(format, request, out));
    }
}
