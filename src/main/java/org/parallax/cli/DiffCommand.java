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
import org.parallax.analysis.diff.DiffMethod;
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.diff.TextComparison;
import org.parallax.io.FileSniffer;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.model.Model;
import org.parallax.model.Point;
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
        description = "Word diff of two articles' framings of a point (their quotes joined by one space), with"
                + " each change classified: figure-drift, hedging, attribution, entity, negation, evaluative."
                + " Or, with --files, of two text files.",
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

    @Option(names = "--point", paramLabel = "ID", description = "The point to compare.")
    String point;

    @Option(names = "--from", paramLabel = "SOURCE", description = "The source the diff starts from.")
    String from;

    @Option(names = "--to", paramLabel = "SOURCE", description = "The source the diff goes to.")
    String to;

    @Option(names = "--files", arity = "2", paramLabel = "FILE",
            description = "Compare two UTF-8 text files instead of a model's framings.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: [-deleted-] {+inserted+} and a list of changes) or json.")
    Format format;

    @Override
    public Integer call() {
        Sides sides = files != null ? readFiles() : readFramings();
        TextComparison comparison = new TextComparer(Lexicons.bundled()).compare(sides.fromText(), sides.toText());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(DiffJson.render(sides.fromName(), sides.toName(), comparison));
        } else {
            out.print(DiffText.render(sides.fromName(), sides.toName(), comparison));
        }
        out.flush();
        if (comparison.diff().method() != DiffMethod.WORD) {
            spec.commandLine().getErr().println("note: " + comparison.diff().method().description());
        }
        return ParallaxCommand.OK;
    }

    private record Sides(String fromName, Passage fromText, String toName, Passage toText) {
    }

    private Sides readFiles() {
        if (modelFile != null || point != null || from != null || to != null) {
            throw usage("--files takes two text files and no MODEL, --point, --from or --to");
        }
        return new Sides(files.get(0).toString(), Passage.of(readText(files.get(0))), files.get(1).toString(),
                Passage.of(readText(files.get(1))));
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
        Point chosen = model.point(point)
                .orElseThrow(() -> new UserError("unknown point '" + point + "' in " + modelFile));
        return new Sides(from, framingText(model, chosen, from), to, framingText(model, chosen, to));
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
