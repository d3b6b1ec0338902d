package org.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.LocatedLoad;
import org.parallax.io.ModelLoader;
import org.parallax.io.ModelWriter;
import org.parallax.io.Problem;
import org.parallax.io.QuoteLocator;
import org.parallax.io.SourceFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax locate MODEL --sources DIR [--write]}: computes every quote's offsets from its article. */
@Command(name = "locate", mixinStandardHelpOptions = true,
        description = {"Find each quote's text in its article and report (or, with --write, fill in) its start/end "
                + "offsets in code points. Quotes may lack offsets. A quote with an \"occurrence\" N takes the Nth "
                + "place its text occurs. Otherwise a text found more than once is ambiguous (unless the current "
                + "offsets already point at one occurrence); a text found nowhere is missing.",
                "Changes go to standard output, problems to standard error. Exit 0 when every quote was located, "
                + "1 when there are problems (nothing is written then), 2 on a usage error."})
public final class LocateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Option(names = "--sources", paramLabel = "DIR", required = true, description = "Folder of the article texts.")
    Path sourcesFolder;

    @Option(names = "--write", description = "Rewrite MODEL with the offsets found (atomically; refused on problems).")
    boolean write;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocatedLoad loaded = ModelLoader.withoutOffsetChecks().loadWithLocations(modelFile);
        if (!loaded.result().isValid()) {
            ProblemPrinter.print(loaded.result().problems(), err);
            throw new UserError("locate: " + modelFile + " cannot be read: "
                    + ProblemPrinter.tally(loaded.result().problems()));
        }
        QuoteLocator.Result located = new QuoteLocator(SourceFolder.attach(sourcesFolder, loaded.result().model()))
                .locate(loaded.result().model(), loaded.locations());
        for (QuoteLocator.Change change : located.changes()) {
            out.println(change.path() + ": " + (change.oldStart() < 0 ? "no offsets"
                    : "[" + change.oldStart() + ", " + change.oldEnd() + ")") + " -> [" + change.newStart() + ", "
                    + change.newEnd() + ")");
        }
        out.println("located: " + located.changes().size() + " changed, " + located.unchanged() + " already right, "
                + located.problems().size() + " not located");
        out.flush();
        List<Problem> problems = new ArrayList<>(located.problems());
        if (problems.isEmpty() && write) {
            if (located.changes().isEmpty()) {
                // not even rewritten the same: the file keeps its bytes, its inode and its time (CONTRACTS.md)
                spec.commandLine().getErr().println("locate: every offset is already right; " + modelFile
                        + " was left as it is");
            } else {
                problems.addAll(checkedWrite(located));
            }
        }
        if (!problems.isEmpty()) {
            ProblemPrinter.print(problems, err);
            throw new UserError("locate: " + ProblemPrinter.tally(problems)
                    + (write ? "; " + modelFile + " was not changed" : ""));
        }
        return ParallaxCommand.OK;
    }

    /**
     * Writes only a model that the strict loader accepts, so locate never leaves an invalid file behind; the
     * bytes checked are the bytes written (the model's top-level {@code "$schema"} among them).
     */
    private List<Problem> checkedWrite(QuoteLocator.Result located) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ModelWriter().write(located.model(), bytes);
        byte[] written = bytes.toByteArray();
        List<Problem> remaining = new ModelLoader().load(written, modelFile.toString()).problems();
        if (remaining.isEmpty()) {
            try {
                new AtomicFileWriter().write(modelFile, out -> out.write(written));
            } catch (IOException failed) {
                throw new UserError("locate: cannot write " + modelFile + ": " + failed.getMessage()
                        + " (nothing was changed at that path)");
            }
            spec.commandLine().getErr().println("wrote " + modelFile);
        }
        return remaining;
    }
}
