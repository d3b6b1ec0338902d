package org.parallax.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.io.SourceFolder;
import org.parallax.io.exchange.ExchangeExport;
import org.parallax.io.export.ExportFormat;
import org.parallax.io.export.ExportProgress;
import org.parallax.io.export.ExportWriter;
import org.parallax.io.export.QuoteExporter;
import org.parallax.io.export.QuotePlaces;
import org.parallax.model.Certainty;
import org.parallax.model.Model;
import org.parallax.model.Stance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax export}: the quotes that pass the filters, as Markdown, CSV or JSON, to standard output or,
 * atomically, to a file. The filters mean exactly what the window's filters mean (one predicate serves both).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the quotes that pass the filters as Markdown (default), CSV or JSON.",
                "Filters of one kind are alternatives; different kinds must all hold. See docs/export.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (an empty result is a valid empty export)",
                "1:invalid model, unknown id in a filter, refused overwrite, or a write failed",
                "2:usage (unknown option, bad value)"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Option(names = "--format", paramLabel = "md|csv|json|xlsx|html|docx|qdpx|qdc", defaultValue = "md",
            converter = FormatConverter.class,
            description = "Output format (default: ${DEFAULT-VALUE}). xlsx, docx and qdpx need --out; qdpx (a REFI-QDA"
                    + " project for MAXQDA, ATLAS.ti, NVivo, QualCoder) needs the article texts; qdc is its codebook.")
    ExportFormat format;

    @Option(names = "--theme", paramLabel = "ID", description = "Only quotes under this theme: its id or label, any case (repeatable).")
    List<String> themes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "ID", description = "Only quotes from this source: its id, short name or title, any case (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--side", paramLabel = "ID", description = "Only quotes about this side: its id or label, any case (repeatable).")
    List<String> sides = new ArrayList<>();

    @Option(names = "--stance", paramLabel = "S", converter = StanceConverter.class,
            description = "Only framings with this stance: advantage, constraint, neutral, mixed (repeatable).")
    List<Stance> stances = new ArrayList<>();

    @Option(names = "--certainty", paramLabel = "C", converter = CertaintyConverter.class,
            description = "Only framings with this certainty: asserted, hedged, reported, rumor (repeatable).")
    List<Certainty> certainties = new ArrayList<>();

    @Option(names = "--point", paramLabel = "ID", description = "Only quotes of this point: its id or title, any case (repeatable).")
    List<String> points = new ArrayList<>();

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Only quotes where every word occurs in the quote, its frame, or its point's title or claims"
                    + " (case, accents and typographic quotes ignored).")
    String query = "";

    @Option(names = "--sources", paramLabel = "DIR",
            description = "The folder of article texts, so citations name each quote's paragraph"
                    + " (default: the sources/ folder beside the model, when there is one).")
    Path sourcesFolder;

    @Option(names = "--bom", description = "CSV: start with a byte order mark, so Excel reads the file as UTF-8.")
    boolean bom;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (atomically) instead of standard output.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            refuseBadDestination();
        }
        Model model = load(err);
        List<String> unknown = new ArrayList<>();
        FilterCriteria criteria = new FilterCriteria(IdResolver.themes(model).resolveAll(themes, unknown),
                IdResolver.sources(model).resolveAll(sources, unknown), IdResolver.sides(model).resolveAll(sides, unknown),
                new LinkedHashSet<>(stances), new LinkedHashSet<>(certainties),
                IdResolver.points(model).resolveAll(points, unknown), query);
        if (!unknown.isEmpty()) {
            unknown.forEach(message -> err.println("export: " + message));
            throw new UserError("export: " + unknown.size() + (unknown.size() == 1 ? " unknown id" : " unknown ids")
                    + " in the filters; nothing exported");
        }
        // only the points the theme and point filters let through are laid out, and nothing is folded without a query
        QuoteCatalog catalog = QuoteCatalog.forSelection(model, criteria);
        List<QuoteRow> rows = catalog.select(catalog.filter(criteria)).rows();
        if (ExchangeExport.handles(format)) {
            return ExchangeExportStep.export(format, model, modelFile, rows, sourcesFolder, places(model), out,
                    spec.commandLine().getOut(), err);
        }
        QuoteExporter exporter = QuoteExporter.of(format, bom, places(model));
        if (out == null) {
            Writer stdout = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
            exporter.write(model, rows, stdout, ExportProgress.NONE);
            stdout.flush();
        } else {
            try {
                new ExportWriter(new AtomicFileWriter()).toFile(out, exporter, model, rows, ExportProgress.NONE);
            } catch (IOException failed) {
                throw new UserError("export: cannot write " + out + ": " + failed.getMessage()
                        + " (nothing was changed at that path)");
            }
            err.println("export: wrote " + rows.size() + (rows.size() == 1 ? " quote" : " quotes") + " to " + out
                    + " (" + format.label() + ")");
        }
        return ParallaxCommand.OK;
    }

    private void refuseBadDestination() {
        if (Files.isDirectory(out)) {
            throw new UserError("export: " + out + " is a folder; give a file name with --out");
        }
        if (Files.exists(out) && !force) {
            throw new UserError("export: " + out + " exists; not overwriting it (add --force to replace it)");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("export: the folder of " + out + " does not exist");
        }
    }

    /** Paragraphs from --sources, else from the model's own sources/ folder; none when neither exists. */
    private QuotePlaces places(Model model) {
        Path folder = sourcesFolder;
        if (folder == null) {
            Path parent = modelFile.toAbsolutePath().getParent();
            folder = parent == null ? null : parent.resolve("sources");
            if (folder == null || !Files.isDirectory(folder)) {
                return QuotePlaces.NONE;
            }
        } else if (!Files.isDirectory(folder)) {
            throw new UserError("export: the sources folder " + folder + " does not exist or is not a folder");
        }
        return QuotePlaces.of(SourceFolder.attach(folder, model));
    }

    private Model load(PrintWriter err) {
        LoadResult loaded = new ModelLoader().load(modelFile);
        if (!loaded.isValid()) {
            for (Problem problem : loaded.problems()) {
                err.println(problem.format());
            }
            throw new UserError("export: " + modelFile + " is not a valid model (" + loaded.problems().size()
                    + (loaded.problems().size() == 1 ? " problem" : " problems") + "); nothing exported");
        }
        return loaded.model();
    }

    /** {@code md|csv|json|xlsx|html|docx|qdpx|qdc}; anything else is a usage error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.fromId(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("expected md, csv, json, xlsx, html, docx, qdpx or qdc,"
                            + " not '" + value + "'"));
        }
    }

    static final class StanceConverter implements CommandLine.ITypeConverter<Stance> {
        @Override
        public Stance convert(String value) {
            return Stance.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected advantage, constraint, neutral or mixed, not '" + value + "'"));
        }
    }

    static final class CertaintyConverter implements CommandLine.ITypeConverter<Certainty> {
        @Override
        public Certainty convert(String value) {
            return Certainty.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected asserted, hedged, reported or rumor, not '" + value + "'"));
        }
    }
}
