package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalog keeps each row's search text only as pieces of its index; testing a row against those pieces must
 * say what testing the row's whole search text says.
 */
class SearchIndexProperties {
    private static final QuoteCatalog CATALOG = QuoteCatalog.of(SyntheticModels.generated(300, 11));

    @Property(tries = 200)
    void aRowContainsAWordExactlyWhenItsSearchTextDoes(@ForAll("words") String word) {
        String folded = TextFolding.fold(word);
        for (QuoteRow row : CATALOG.rows()) {
            assertThat(CATALOG.index.rowContains(row.order(), folded)).as("row %d, '%s'", row.order(), folded)
                    .isEqualTo(row.searchText().contains(folded));
        }
    }

    @Example
    void someRowsHaveAWordAndOthersDoNot() {
        List<QuoteRow> rows = CATALOG.rows();
        long withLabs = rows.stream().filter(row -> CATALOG.index.rowContains(row.order(), "labs")).count();
        assertThat(withLabs).isBetween(1L, rows.size() - 1L);
        assertThat(rows).noneMatch(row -> CATALOG.index.rowContains(row.order(), "xq"));
    }

    @Property(tries = 50)
    void theSweepAndTheRowTestAgree(@ForAll("words") String word) {
        String folded = TextFolding.fold(word);
        var swept = CATALOG.index.rowsContaining(folded);
        for (QuoteRow row : CATALOG.rows()) {
            assertThat(swept.get(row.order())).isEqualTo(CATALOG.index.rowContains(row.order(), folded));
        }
    }

    /** Words of the generated texts, pieces of them, and words found nowhere. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> known = Arbitraries.of("labs", "compute", "données", "zurich", "“open”", "naive", "rumour",
                "state", "s", "e", "ö", "’", "1", "ch", "xq", "labs.", "talent");
        Arbitrary<String> cut = known.flatMap(word -> Arbitraries.integers().between(1, word.length())
                .map(end -> word.substring(0, end)));
        return Arbitraries.oneOf(known, cut);
    }
}
