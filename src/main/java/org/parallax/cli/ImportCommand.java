package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.io.exchange.ImportError;
import org.parallax.io.exchange.ImportResult;
import org.parallax.io.exchange.ImportWriter;
import org.parallax.io.exchange.RefiImporter;
import org.parallax.model.Model;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax import FILE.qdpx --out MODEL.json}: a REFI-QDA project (or codebook) becomes a model, its texts
 * stored in {@code sources/} beside it. What could not be placed is listed on standard error by GUID; the exit
 * code is 1 only when nothing could be imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a REFI-QDA project (.qdpx) or codebook (.qdc) from MAXQDA, ATLAS.ti, NVivo, QualCoder...",
                "Codes become themes and points, selections quotes; texts go to sources/ beside MODEL. See docs/exchange.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (selections that could not be placed are listed on standard error)",
                "1:not a REFI-QDA file, nothing importable, refused overwrite, or a write failed",
                "2:usage (unknown option, missing argument)"})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The REFI-QDA file (.qdpx, .qdc or .qde).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "MODEL.json",
            description = "The model to write; its texts go to the sources/ folder beside it.")
    Path out;

    @Option(names = "--force", description = "Replace MODEL.json and texts of the same names if they exist.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result;
        try {
            result = new RefiImporter().importFile(file);
        } catch (ImportError refused) {
            throw new UserError("import: " + refused.getMessage());
        }
        result.notices().forEach(notice -> err.println("import: " + notice));
        result.problems().forEach(problem -> err.println("import: " + problem));
        if (result.isEmpty()) {
            throw new UserError("import: nothing to import from " + file + " (no codes and no sources)");
        }
        try {
            new ImportWriter().write(result, out, force);
        } catch (ImportError refused) {
            throw new UserError("import: " + refused.getMessage() + "; nothing written");
        } catch (IOException failed) {
            throw new UserError("import: cannot write " + out + ": " + failed.getMessage());
        }
        Model model = result.model();
        long empty = model.points().stream().filter(point -> point.framings().isEmpty()).count();
        err.println("import: wrote " + out + ": " + model.themes().size() + " themes, " + model.points().size()
                + " points (" + empty + " without framings), " + model.sources().size() + " sources ("
                + result.texts().size() + " texts in " + out.toAbsolutePath().getParent().resolve("sources") + "), "
                + model.quoteCount() + " quotes; " + result.problems().size()
                + (result.problems().size() == 1 ? " problem" : " problems") + " listed above");
        return ParallaxCommand.OK;
    }
}
