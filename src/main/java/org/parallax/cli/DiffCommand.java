package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.framing.FramingAnalyzer;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.io.FileSniffer;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax diff MODEL --point ID --from SOURCE --to SOURCE [--format text|json]}: how two articles word
 * the same point, and what kind of change each difference is; {@code parallax diff --files A B} does the same
 * for two text files.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "How two articles frame a point: their framings' sentences aligned by meaning, a word"
                + " diff inside each aligned pair (quote boundaries kept), and each framing change labelled:"
                + " figure-drift, hedging, boosting, attribution, negation, quantifier, modality, entity,"
                + " evaluative, omission (docs/diff.md). Or, with --files, two whole text files.",
        footer = {"", "Exit codes: 0 done, 1 invalid model / unknown id / a source that does not make the point,"
                + " 2 usage."})
public final class DiffCommand implements Callable<Integer> {
    /** Output formats. Lowercase constants so that picocli accepts {@code --format json} as written. */
    enum Format { text, json }

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Option(names = "--point", paramLabel = "ID", description = "The point to compare: its id or title, any case.")
    String point;

    @Option(names = "--from", paramLabel = "SOURCE", description = "The source the diff starts from: its id, short name or title, any case.")
    String from;

    @Option(names = "--to", paramLabel = "SOURCE", description = "The source the diff goes to: its id, short name or title, any case.")
    String to;

    @Option(names = "--files", arity = "2", paramLabel = "FILE",
            description = "Compare two UTF-8 text files instead of a model's framings.")
    List<Path> files;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Where the articles' texts are (default: sources/ beside MODEL). Used, when readable,"
                    + " to tell a changed actor from one a quote merely leaves out.")
    Path sourcesDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: [-deleted-] {+inserted+} and a list of changes) or json.")
    Format format;

    @Override
    public Integer call() {
        Sides sides = files != null ? readFiles() : readFramings();
        FramingComparison comparison = FramingAnalyzer.of(Encoders.sharedNow())
                .compare(sides.fromText(), sides.toText(), sides.fromArticle(), sides.toArticle());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(DiffJson.render(sides.fromName(), sides.toName(), comparison));
        } else {
            out.print(DiffText.render(sides.fromName(), sides.toName(), comparison));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        comparison.encoderNote().ifPresent(note -> err.println("note: alignment by words only: " + note));
        if (comparison.alignment().isEmpty() && !comparison.fromText().isBlank()
                && !comparison.toText().isBlank()) {
            err.println("note: the texts are too different to align: no sentence of one retells one of the other");
        }
        err.flush();
        return ParallaxCommand.OK;
    }

    private record Sides(String fromName, Passage fromText, String toName, Passage toText, String fromArticle,
                         String toArticle) {
    }

    private Sides readFiles() {
        if (modelFile != null || point != null || from != null || to != null) {
            throw usage("--files takes two text files and no MODEL, --point, --from or --to");
        }
        if (sourcesDir != null) {
            throw usage("--files takes two text files and no --sources");
        }
        return new Sides(files.get(0).toString(), Passage.of(readText(files.get(0))), files.get(1).toString(),
                Passage.of(readText(files.get(1))), null, null);
    }

    private static String readText(Path file) {
        Optional<String> notAFile = FileSniffer.notARegularFile(file);
        if (notAFile.isPresent()) {
            throw new UserError(file + ": cannot read: this is " + notAFile.get());
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException missing) {
            throw new UserError(file + ": no such file");
        } catch (CharacterCodingException notUtf8) {
            throw new UserError(file + ": not valid UTF-8 text");
        } catch (IOException unreadable) {
            throw new UserError(file + ": cannot read: " + unreadable.getMessage());
        }
    }

    private Sides readFramings() {
        if (modelFile == null) {
            throw usage("Missing MODEL (or use --files A B)");
        }
        if (point == null || from == null || to == null) {
            throw usage("MODEL needs --point ID, --from SOURCE and --to SOURCE");
        }
        LoadResult loaded = new ModelLoader().load(modelFile);
        if (!loaded.isValid()) {
            PrintWriter err = spec.commandLine().getErr();
            for (Problem problem : loaded.problems()) {
                err.println(problem.format());
            }
            throw new UserError(modelFile + ": invalid model (" + loaded.problems().size() + " problem"
                    + (loaded.problems().size() == 1 ? "" : "s") + ")");
        }
        Model model = loaded.model();
        Point chosen = model.point(IdResolver.points(model).resolve(point)).orElseThrow();
        IdResolver<Source> sources = IdResolver.sources(model);
        String fromId = sources.resolve(from);
        String toId = sources.resolve(to);
        Path folder = sourcesDir != null ? sourcesDir
                : modelFile.toAbsolutePath().getParent().resolve("sources");
        return new Sides(fromId, framingText(model, chosen, fromId), toId, framingText(model, chosen, toId),
                article(model, fromId, folder), article(model, toId, folder));
    }

    /** The article's text when its file is in the folder and readable; null otherwise (it only sharpens). */
    private static String article(Model model, String source, Path folder) {
        return model.source(source).filter(found -> found.file() != null).map(found -> {
            Path file = folder.resolve(found.file()).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
                return null;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (IOException unreadable) {
                return null;
            }
        }).orElse(null);
    }

    private Passage framingText(Model model, Point chosen, String source) {
        if (model.source(source).isEmpty()) {
            throw new UserError("unknown source '" + source + "' in " + modelFile);
        }
        return chosen.framingOf(source).map(Passage::of).orElseThrow(() -> new UserError(
                "source '" + source + "' does not make point '" + chosen.id() + "' (it has no framing there)"));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
