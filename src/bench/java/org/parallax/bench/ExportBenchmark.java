package org.parallax.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.export.ExportFormat;
import org.parallax.io.export.QuoteExporter;
import org.parallax.model.Model;

/**
 * Exporting one theme, as {@code parallax export --theme ID --format csv|md} does after loading: select the
 * theme's quotes with the shared filter and stream them through the exporter (to a writer that discards, so
 * the disk is not measured; the CLI comparison with jq measures whole commands).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8"})
public class ExportBenchmark {
    @Param({"10000", "100000"})
    int quotes;

    @Param({"csv", "md"})
    String format;

    private Model model;
    private QuoteCatalog catalog;
    private FilterCriteria oneTheme;
    private QuoteExporter exporter;

    @Setup
    public void load() {
        model = BenchCorpora.loadValid(quotes);
        catalog = QuoteCatalog.of(model);
        oneTheme = FilterCriteria.NONE.withThemes(Set.of(model.themes().get(0).id()));
        exporter = QuoteExporter.of(ExportFormat.fromId(format).orElseThrow(), false);
        if (catalog.select(oneTheme).rows().isEmpty()) {
            throw new IllegalStateException("the theme has no quotes");
        }
    }

    @Benchmark
    public int exportOneTheme() throws IOException {
        List<QuoteRow> rows = catalog.select(oneTheme).rows();
        exporter.write(model, rows, Writer.nullWriter());
        return rows.size();
    }
}
