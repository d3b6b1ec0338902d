package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;

/** The index escapes chars above U+00FF (and the chars escapes are made of) without changing any match. */
class SearchIndexEscapeTest {
    private static final List<String> QUOTES = List.of("Growth \uD83D\uDE80 in \u0141\u00F3d\u017A labs", "plain labs only",
            "control \u0081 and \u0001 chars", "\u0142od\u017A again, 2\u20133 \uD83D\uDCC8");

    private final QuoteCatalog catalog = QuoteCatalog.of(model());

    @Test
    void wordsWithCharsBeyondLatinOneMatchExactlyTheRowsThatContainThem() {
        assertThat(rows("\uD83D\uDE80")).containsExactly(0);
        assertThat(rows("\u0142od\u017A")).containsExactly(0, 3);
        assertThat(rows("labs")).containsExactly(0, 1);
        assertThat(rows("\uD83D\uDCC8")).containsExactly(3);
    }

    @Test
    void escapeCharsNeverMatchInsideAnEscapedChar() {
        // U+0141 escapes to U+0001 U+0080 U+0081 U+0084 U+0081: a word of those chars finds only the rows that hold them
        assertThat(rows("\u0081")).containsExactly(2);
        assertThat(rows("\u0001")).containsExactly(2);
        assertThat(rows("\u0080\u0081")).isEmpty();
    }

    @Test
    void decidedUpFrontEqualsTestedRowByRowForEveryWord() {
        for (String word : List.of("\u017A", "d\u017A", "\u0001", "\u0080", "\u0081", "2-3", "s")) {
            QuoteFilter decided = catalog.filter(FilterCriteria.NONE.withQuery(word));
            QuoteFilter rowByRow = new QuoteFilter(FilterCriteria.NONE.withQuery(word));
            for (QuoteRow row : catalog.rows()) {
                assertThat(decided.test(row)).as("%s in row %d", word, row.order()).isEqualTo(rowByRow.test(row));
            }
        }
    }

    private List<Integer> rows(String word) {
        return catalog.select(FilterCriteria.NONE.withQuery(word)).rows().stream().map(QuoteRow::order).toList();
    }

    private static Model model() {
        List<Source> sources = List.of(new Source("s", "S", null, null, SourceKind.ORIGINAL, null, null, null, null,
                null, null));
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < QUOTES.size(); i++) {
            Quote quote = new Quote(QUOTES.get(i), 0, QUOTES.get(i).codePointCount(0, QUOTES.get(i).length()), null);
            points.add(new Point("p" + i, "t", "point " + i, Map.of(),
                    List.of(new Framing("s", null, null, null, null, List.of(quote)))));
        }
        return new Model(Model.SCHEMA_VERSION, "escape", List.of(new Side("a", "A")),
                List.of(new Theme("t", "T", null)), sources, points);
    }
}
