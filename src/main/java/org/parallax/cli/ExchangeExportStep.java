package org.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The part of {@code parallax export} that writes files rather than text streams (xlsx, html, docx, qdpx, qdc):
 * the binary ones need {@code --out}; qdpx needs the article texts (from {@code --sources}, else the model's
 * {@code sources/} folder) and refuses, naming {@code --sources}, when they are missing or a quote is not where
 * its offsets say.
 */
final class ExchangeExportStep {
    private ExchangeExportStep() {
    }

    static int export(ExportFormat format, Model model, Path modelFile, List<QuoteRow> rows, Path sourcesFolder,
                      QuotePlaces places, Path out, PrintWriter stdout, PrintWriter err) {
        boolean binary = format == ExportFormat.XLSX || format == ExportFormat.DOCX || format == ExportFormat.QDPX;
        if (binary && out == null) {
            throw new UserError("export: --format " + format.id() + " writes a binary file; give it with --out FILE",
                    ParallaxCommand.USAGE);
        }
        Path folder = sourcesFolder != null ? sourcesFolder : ExchangeTexts.defaultFolder(modelFile);
        Map<String, SourceText> texts = Map.of();
        if (ExchangeExport.needsTexts(format)) {
            texts = texts(model, folder, sourcesFolder != null, err);
        }
        ExchangeExport.Request request = new ExchangeExport.Request(model, rows, places, texts);
        try {
            if (out == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ExchangeExport.write(format, request, bytes);
                stdout.write(bytes.toString(StandardCharsets.UTF_8));
                stdout.flush();
            } else {
                new AtomicFileWriter().write(out, stream -> ExchangeExport.write(format, request, stream));
                err.println("export: wrote " + rows.size() + (rows.size() == 1 ? " quote" : " quotes") + " to " + out
                        + " (" + format.label() + ")");
            }
        } catch (IOException failed) {
            throw new UserError("export: cannot write " + (out == null ? "standard output" : out) + ": "
                    + failed.getMessage() + (out == null ? "" : " (nothing was changed at that path)"));
        }
        return ParallaxCommand.OK;
    }

    private static Map<String, SourceText> texts(Model model, Path folder, boolean given, PrintWriter err) {
        boolean needed = model.sources().stream().anyMatch(source -> source.hasFile());
        if (!needed) {
            return Map.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("export: --format qdpx carries the article texts, and "
                    + (given ? "the folder " + folder + " does not exist"
                    : "there is no sources/ folder beside the model") + "; give the folder of texts with --sources DIR");
        }
        ExchangeTexts.Result loaded = ExchangeTexts.load(model, folder);
        if (!loaded.ok()) {
            loaded.problems().forEach(problem -> err.println("export: " + problem));
            throw new UserError("export: --format qdpx needs every article text and every quote where its offsets"
                    + " say (" + loaded.problems().size() + " problems with " + folder
                    + "); give the right folder with --sources DIR");
        }
        return loaded.texts();
    }
}
