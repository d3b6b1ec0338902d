package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parallax.analysis.stats.PointCounts;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;
import org.parallax.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--theme", paramLabel = "ID", description = "Only this theme's row: its id or label, any case (repeatable).")
    List<String> themes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "ID",
            description = "Only this source's column: its id, short name or title, any case (repeatable).")
    List<String> sources = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult loaded = new ModelLoader().load(modelFile);
        if (!loaded.isValid()) {
            ProblemPrinter.print(loaded.problems(), spec.commandLine().getErr());
            throw new UserError("stats: " + modelFile + " is not a valid model: " + ProblemPrinter.tally(loaded.problems()));
        }
        Model model = loaded.model();
        PointCounts counts = PointCounts.of(model);
        Set<String> themeIds = IdResolver.themes(model).resolveAll(themes);
        Set<String> sourceIds = IdResolver.sources(model).resolveAll(sources);
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < counts.sources().size(); column++) {
            if (sourceIds.isEmpty() || sourceIds.contains(counts.sources().get(column).id())) {
                columns.add(column);
            }
        }
        boolean anyWithoutText = false;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("theme"));
        columns.forEach(column -> header.add(counts.sources().get(column).id()));
        header.add("points");
        rows.add(header);
        for (int row = 0; row < counts.themes().size(); row++) {
            if (!themeIds.isEmpty() && !themeIds.contains(counts.themes().get(row).id())) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(counts.themes().get(row).id()));
            for (int column : columns) {
                cells.add(cell(counts.sources().get(column), counts.count(row, column)));
                anyWithoutText |= counts.count(row, column) == 0 && !counts.sources().get(column).hasFile();
            }
            cells.add(String.valueOf(counts.pointsInTheme(row)));
            rows.add(cells);
        }
        if (themeIds.isEmpty()) {
            List<String> totals = new ArrayList<>(List.of("all themes"));
            for (int column : columns) {
                totals.add(cell(counts.sources().get(column), counts.pointsOfSource(column)));
            }
            totals.add(String.valueOf(counts.totalPoints()));
            rows.add(totals);
        }
        PrintWriter out = spec.commandLine().getOut();
        TextTable.print(rows, out);
        if (anyWithoutText) {
            out.println();
            out.println("no text: the model holds no text of this source (a work the corpus retells), so whether it"
                    + " makes these points is unknown; not a blind spot.");
        }
        out.flush();
        return ParallaxCommand.OK;
    }

    /** A count; for a source without text, "no text" where it makes no point (it was not read: decision 0054). */
    private static String cell(Source source, int count) {
        return count == 0 && !source.hasFile() ? "no text" : String.valueOf(count);
    }
}
