package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
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
    void aRowContainsAWordExactlyWhenItsSearchTextDoes(@ForAll("words") String word, @ForAll("someRows") BitSet among) {
        String folded = TextFolding.fold(word);
        BitSet found = CATALOG.index.rowsContaining(folded, among);
        for (QuoteRow row : CATALOG.rows()) {
            boolean expected = among.get(row.order()) && row.searchText().contains(folded);
            assertThat(found.get(row.order())).as("row %d, '%s'", row.order(), folded).isEqualTo(expected);
        }
    }

    @Example
    void someRowsHaveAWordAndOthersDoNot() {
        List<QuoteRow> rows = CATALOG.rows();
        BitSet all = new BitSet();
        all.set(0, rows.size());
        assertThat(CATALOG.index.rowsContaining("labs", all).cardinality()).isBetween(1, rows.size() - 1);
        assertThat(CATALOG.index.rowsContaining("xq", all).isEmpty()).isTrue();
    }

    @Property(tries = 50)
    void theSweepAndTheRowTestAgree(@ForAll("words") String word) {
        String folded = TextFolding.fold(word);
        BitSet all = new BitSet();
        all.set(0, CATALOG.rows().size());
        assertThat(CATALOG.index.rowsContaining(folded, all)).isEqualTo(CATALOG.index.rowsContaining(folded));
    }

    /** Every row, or a random share of them (the rows a previous filter passed). */
    @Provide
    Arbitrary<BitSet> someRows() {
        int count = CATALOG.rows().size();
        return Arbitraries.integers().between(1, 8).flatMap(step -> Arbitraries.integers().between(0, step - 1)
                .map(offset -> {
                    BitSet rows = new BitSet(count);
                    for (int i = offset; i < count; i += step) {
                        rows.set(i);
                    }
                    return rows;
                }));
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
