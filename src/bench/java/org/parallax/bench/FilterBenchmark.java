package org.parallax.bench;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
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
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteFilter;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;

/**
 * One filter change on the 100,000-quote lists, on the FX thread: predicate, FilteredList and SortedList
 * update, and the visible counts; no rendering. Two changes: choosing one theme (cycling through the themes
 * and "all"), and a text query typed one character at a time. Target: median <= 16 ms, worst <= 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8", "-Dglass.platform=Monocle",
        "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"})
public class FilterBenchmark {
    /** Typed one character per invocation, then cleared, then typed again. */
    static final String TYPED = "semiconductor export";

    @Param({"100000"})
    int quotes;

    private List<String> themeIds;
    private FilteredList<QuoteRow> filtered;
    private SortedList<QuoteRow> sorted;
    private FilterCriteria criteria = FilterCriteria.NONE;
    private int themeStep;
    private int typed;

    @Setup(Level.Trial)
    public void load() throws InterruptedException {
        Model model = BenchCorpora.loadValid(quotes);
        themeIds = model.themes().stream().map(t -> t.id()).toList();
        QuoteCatalog catalog = QuoteCatalog.of(model);
        FxThread.start();
        FxThread.run(() -> {
            ObservableList<QuoteRow> all = FXCollections.observableArrayList(catalog.rows());
            filtered = new FilteredList<>(all);
            sorted = new SortedList<>(filtered, Comparator.comparingInt(QuoteRow::order));
        });
    }

    @Benchmark
    public int chooseTheme() {
        int step = themeStep++ % (themeIds.size() + 1);
        Set<String> themes = step == themeIds.size() ? Set.of() : Set.of(themeIds.get(step));
        return apply(criteria.withThemes(themes).withQuery(""));
    }

    @Benchmark
    public int typeQuery() {
        typed = typed % (TYPED.length() + 1) + 1;
        String query = typed > TYPED.length() ? "" : TYPED.substring(0, typed);
        return apply(FilterCriteria.NONE.withQuery(query));
    }

    private int apply(FilterCriteria next) {
        criteria = next;
        QuoteFilter filter = new QuoteFilter(next);
        return FxThread.call(() -> {
            filtered.setPredicate(filter);
            Set<String> points = new HashSet<>();
            for (QuoteRow row : sorted) {
                points.add(row.point().id());
            }
            return sorted.size() + points.size();
        });
    }
}
