package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;

class CoverageMatrixTest {
    @Test
    void manySourcesAreCappedWithTheCitedOnesKeptInModelOrder() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sources.add(new Source("s" + i, "Source " + i, null, null, SourceKind.ORIGINAL, null, null, null, null,
                    "s" + i + ".txt", null));
        }
        Quote quote = new Quote("x", 0, 1, null);
        Model model = new Model(1, "many", List.of(), List.of(new Theme("t", "T", null)), sources,
                List.of(new Point("p", "t", "P", Map.of(),
                        List.of(new Framing("s299", null, null, null, null, List.of(quote)),
                                new Framing("s5", null, null, null, null, List.of(quote))))));
        List<QuoteRow> rows = QuoteCatalog.of(model).rows();
        CoverageMatrix coverage = CoverageMatrix.of(model, rows);
        assertThat(coverage.sources()).hasSize(CoverageMatrix.MAX_SOURCES);
        assertThat(coverage.sourcesLeftOut()).isEqualTo(50);
        assertThat(coverage.sources()).extracting(Source::id).contains("s299", "s5").doesNotContain("s249");
        assertThat(coverage.sources().get(0).id()).isEqualTo("s0");
        assertThat(coverage.sources().get(CoverageMatrix.MAX_SOURCES - 1).id()).isEqualTo("s299");
        assertThat(coverage.cell(0, 5).quotes()).isEqualTo(1);
        assertThat(coverage.cell(0, 0)).isEqualTo(CoverageMatrix.Cell.SILENT);
    }

    @Test
    void withNoRowsEveryPointIsARow() {
        Model model = ExchangeFixtures.model();
        CoverageMatrix coverage = CoverageMatrix.of(model, List.of());
        assertThat(coverage.points()).hasSize(model.points().size());
        assertThat(coverage.sourcesLeftOut()).isZero();
    }
}
