package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.analysis.stats.PointCounts;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parallax stats MODEL}: points per theme per source, as an aligned table. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print how many points each source makes under each theme: rows are themes, columns are "
                + "sources (by id), the last column the points of the theme, the last row the points of each source.",
                "Exit 0 on success, 1 on an invalid model (its problems on standard error), 2 on a usage error."})
public final class StatsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult loaded = new ModelLoader().load(modelFile);
        if (!loaded.isValid()) {
            ProblemPrinter.print(loaded.problems(), spec.commandLine().getErr());
            throw new UserError("stats: " + modelFile + " is not a valid model: " + ProblemPrinter.tally(loaded.problems()));
        }
        PointCounts counts = PointCounts.of(loaded.model());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("theme"));
        counts.sources().forEach(source -> header.add(source.id()));
        header.add("points");
        rows.add(header);
        for (int row = 0; row < counts.themes().size(); row++) {
            List<String> cells = new ArrayList<>(List.of(counts.themes().get(row).id()));
            for (int column = 0; column < counts.sources().size(); column++) {
                cells.add(String.valueOf(counts.count(row, column)));
            }
            cells.add(String.valueOf(counts.pointsInTheme(row)));
            rows.add(cells);
        }
        List<String> totals = new ArrayList<>(List.of("all themes"));
        for (int column = 0; column < counts.sources().size(); column++) {
            totals.add(String.valueOf(counts.pointsOfSource(column)));
        }
        totals.add(String.valueOf(counts.totalPoints()));
        rows.add(totals);
        PrintWriter out = spec.commandLine().getOut();
        TextTable.print(rows, out);
        out.flush();
        return ParallaxCommand.OK;
    }
}
