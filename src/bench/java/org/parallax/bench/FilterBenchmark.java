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
import org.parallax.ui.comparison.ComparisonViewModel;
import org.parallax.ui.coverage.CoverageViewModel;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;
import org.parallax.ui.filters.FilterViewModel;
import org.parallax.ui.points.PointsViewModel;
import org.parallax.ui.quotes.QuotesViewModel;

/**
 * One filter change on the window's view-models over the 100,000-quote model, on the FX thread, as the filter
 * bar makes it: {@link FilterViewModel} -> {@link ExplorerViewModel} (one filter pass, each visible list replaced
 * once) -> the quotes and points tables' rows (SortedRows), the comparison rows, the count text.
 * Everything the views observe is updated; nothing is rendered. Two changes: choosing one theme (cycling
 * through every theme and "all") and a text query typed one character per invocation.
 * Target: median <= 16 ms (one 60 Hz frame), worst <= 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8", "-Dglass.platform=Monocle",
        "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"})
public class FilterBenchmark {
    /** Typed one character per invocation, then cleared, then typed again: common words, then a rare pair. */
    static final String TYPED = "semiconductor export";

    @Param({"100000"})
    int quotes;

    private List<String> themeIds;
    private ExplorerViewModel explorer;
    private FilterViewModel filters;
    private QuotesViewModel quotesTable;
    private PointsViewModel pointsTable;
    private ComparisonViewModel comparison;
    private int themeStep;
    private int typed;

    @Setup(Level.Trial)
    public void load() throws InterruptedException {
        Model model = BenchCorpora.loadValid(quotes);
        themeIds = model.themes().stream().map(t -> t.id()).toList();
        ModelSnapshot snapshot = ModelSnapshot.of(model); // the window derives it in a background Task too
        FxThread.start();
        FxThread.run(() -> {
            explorer = new ExplorerViewModel();
            filters = new FilterViewModel(explorer);
            quotesTable = new QuotesViewModel(explorer);
            pointsTable = new PointsViewModel(explorer);
            comparison = new ComparisonViewModel(explorer);
            new CoverageViewModel(explorer);
            explorer.show(snapshot);
        });
        if (FxThread.call(() -> quotesTable.rows().size()) != model.quoteCount()) {
            throw new IllegalStateException("the unfiltered quotes table does not show every quote");
        }
    }

    @Benchmark
    public int chooseTheme() {
        int step = themeStep++ % (themeIds.size() + 1);
        Set<String> themes = step == themeIds.size() ? Set.of() : Set.of(themeIds.get(step));
        return FxThread.call(() -> {
            filters.setThemes(themes);
            return observe();
        });
    }

    @Benchmark
    public int typeQuery() {
        typed = typed % (TYPED.length() + 1) + 1;
        String query = typed > TYPED.length() ? "" : TYPED.substring(0, typed);
        return FxThread.call(() -> {
            filters.setQuery(query);
            return observe();
        });
    }

    /** What the views read after a change: sizes, the first screenful of rows, the count text. */
    private int observe() {
        int seen = quotesTable.rows().size() + pointsTable.rows().size() + comparison.explorer().comparisonRows().size();
        for (int i = 0; i < Math.min(40, quotesTable.rows().size()); i++) {
            seen += quotesTable.rows().get(i).order() & 1;
        }
        return seen + filters.countTextBinding().get().length();
    }
}
