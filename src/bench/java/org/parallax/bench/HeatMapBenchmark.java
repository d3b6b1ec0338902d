package org.parallax.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parallax.model.Model;
import org.parallax.ui.coverage.CoverageViewModel;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * The coverage heat map's cost on the 100,000-quote model, on the FX thread: a theme filter change (cycling through
 * every theme and "all") with the Coverage tab shown ({@code shown}: the filter pass, then the theme x source counts
 * of the points shown and the grid's rows) and with it hidden ({@code hidden}: the filter pass alone; the heat map
 * waits, decision 0145). The difference is what the heat map adds to a filter change. Nothing is rendered.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8", "-Dglass.platform=Monocle",
        "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"})
public class HeatMapBenchmark {
    @Param({"100000"})
    int quotes;

    @Param({"shown", "hidden"})
    String tab;

    private List<String> themeIds;
    private ExplorerViewModel explorer;
    private CoverageViewModel coverage;
    private int themeStep;

    @Setup(Level.Trial)
    public void load() throws InterruptedException {
        Model model = BenchCorpora.loadValid(quotes);
        themeIds = model.themes().stream().map(t -> t.id()).toList();
        ModelSnapshot snapshot = ModelSnapshot.of(model);
        FxThread.start();
        FxThread.run(() -> {
            explorer = new ExplorerViewModel();
            coverage = new CoverageViewModel(explorer);
            coverage.showingProperty().set("shown".equals(tab));
            explorer.show(snapshot);
        });
    }

    @Benchmark
    public int chooseTheme() {
        int step = themeStep++ % (themeIds.size() + 1);
        Set<String> themes = step == themeIds.size() ? Set.of() : Set.of(themeIds.get(step));
        return FxThread.call(() -> {
            explorer.applyCriteria(explorer.criteria().withThemes(themes));
            int seen = coverage.points().size();
            for (CoverageViewModel.ThemeRow row : coverage.themeRows()) {
                seen += row.points() + coverage.heat(row.counts()[0]);
            }
            return seen;
        });
    }
}
