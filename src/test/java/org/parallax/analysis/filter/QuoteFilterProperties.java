package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parallax.model.Certainty;
import org.parallax.model.Stance;

class QuoteFilterProperties {
    private static final QuoteCatalog CATALOG = QuoteCatalog.of(SyntheticModels.generated(600, 7));
    private static final List<String> QUERY_WORDS = List.of("labs", "LABS", "donnees", "zurich", "“open”",
            "naive", "rumour", "chips 1", "state", "x", "ö", "e", "’", "s.", ".\n", "labs\u0000", "5 p");

    @Property(tries = 300)
    void addingACriterionNeverGrowsTheResult(@ForAll("criteria") FilterCriteria base,
                                             @ForAll("criteria") FilterCriteria extra) {
        // every kind base leaves unconstrained takes extra's values; extra's query words are added
        FilterCriteria tighter = new FilterCriteria(
                orElse(base.themes(), extra.themes()), orElse(base.sources(), extra.sources()),
                orElse(base.sides(), extra.sides()), orElse(base.stances(), extra.stances()),
                orElse(base.certainties(), extra.certainties()), orElse(base.points(), extra.points()),
                base.query() + " " + extra.query());
        Set<QuoteRow> before = Set.copyOf(CATALOG.select(new QuoteFilter(base)).rows());
        List<QuoteRow> after = CATALOG.select(new QuoteFilter(tighter)).rows();
        assertThat(before).containsAll(after);
    }

    private static <T> Set<T> orElse(Set<T> chosen, Set<T> otherwise) {
        return chosen.isEmpty() ? otherwise : chosen;
    }

    @Property(tries = 300)
    void refiningEqualsSelectingAfresh(@ForAll("criteria") FilterCriteria criteria, @ForAll("words") String more) {
        QuoteFilter first = new QuoteFilter(criteria);
        QuoteFilter next = new QuoteFilter(criteria.withQuery(criteria.query() + more));
        assertThat(CATALOG.select(first).refine(next).rows()).isEqualTo(CATALOG.select(next).rows());
    }

    @Property(tries = 300)
    void everyPassingRowContainsEveryFoldedQueryWord(@ForAll("criteria") FilterCriteria criteria) {
        QuoteFilter filter = new QuoteFilter(criteria);
        for (QuoteRow row : CATALOG.select(filter).rows()) {
            String all = TextFolding.fold(row.quote().text() + " " + row.framing().frame() + " " + row.point().title()
                    + " " + String.join(" ", row.point().claims().values()));
            for (String word : filter.queryWords()) {
                assertThat(all).contains(word);
            }
            if (!criteria.sides().isEmpty()) {
                assertThat(criteria.sides()).contains(row.quote().side());
            }
        }
    }

    @Property(tries = 300)
    void decidedUpFrontEqualsTestedRowByRow(@ForAll("criteria") FilterCriteria criteria) {
        QuoteFilter decided = CATALOG.filter(criteria);
        QuoteFilter rowByRow = new QuoteFilter(criteria);
        for (QuoteRow row : CATALOG.rows()) {
            assertThat(decided.test(row)).as("row %d", row.order()).isEqualTo(rowByRow.test(row));
        }
    }

    @Property(tries = 300)
    void typingOnFromAPreviousFilterEqualsFilteringAfresh(@ForAll("criteria") FilterCriteria criteria,
                                                          @ForAll("words") String more,
                                                          @ForAll("words") String evenMore) {
        QuoteFilter first = CATALOG.filter(criteria);
        FilterCriteria typed = criteria.withQuery(criteria.query() + more);
        QuoteFilter second = CATALOG.filter(typed, first);
        QuoteFilter third = CATALOG.filter(typed.withQuery(typed.query() + evenMore), second);
        assertThat(CATALOG.select(second).rows()).isEqualTo(CATALOG.select(CATALOG.filter(typed)).rows());
        assertThat(CATALOG.select(third).rows()).isEqualTo(CATALOG.select(new QuoteFilter(third.criteria())).rows());
    }

    @Property(tries = 300)
    void aCatalogForTheSelectionSelectsTheSameQuotesInTheSameOrder(@ForAll("criteria") FilterCriteria criteria) {
        QuoteCatalog narrowed = QuoteCatalog.forSelection(CATALOG.model(), criteria);
        List<QuoteRow> expected = CATALOG.select(criteria).rows();
        List<QuoteRow> actual = narrowed.select(criteria).rows();

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            QuoteRow want = expected.get(i);
            QuoteRow got = actual.get(i);
            assertThat(got.quote()).as("row %d", i).isSameAs(want.quote());
            assertThat(got.framing()).isSameAs(want.framing());
            assertThat(got.point()).isSameAs(want.point());
            assertThat(got.theme()).isSameAs(want.theme());
            assertThat(got.source()).isSameAs(want.source());
        }
        if (!criteria.themes().isEmpty() || !criteria.points().isEmpty()) {
            assertThat(narrowed.rows()).allSatisfy(row -> {
                assertThat(criteria.themes().isEmpty() || criteria.themes().contains(row.point().theme())).isTrue();
                assertThat(criteria.points().isEmpty() || criteria.points().contains(row.point().id())).isTrue();
            });
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("a", "b", "s", " ", "é", "’", "1");
    }

    @Provide
    Arbitrary<FilterCriteria> criteria() {
        Arbitrary<Set<String>> themes = Arbitraries.of("theme-0", "theme-1", "theme-2", "theme-5").set().ofMaxSize(2);
        Arbitrary<Set<String>> sources = Arbitraries.of("source-0", "source-3", "source-5").set().ofMaxSize(2);
        Arbitrary<Set<String>> sides = Arbitraries.of("east", "west").set().ofMaxSize(2);
        Arbitrary<Set<Stance>> stances = Arbitraries.of(Stance.class).set().ofMaxSize(2);
        Arbitrary<Set<Certainty>> certainties = Arbitraries.of(Certainty.class).set().ofMaxSize(2);
        // mostly unconstrained: a point filter leaves few rows for the other kinds to act on
        Arbitrary<Set<String>> points = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Set.<String>of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("point-1", "point-2", "point-40").set().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<String> query = Arbitraries.of(QUERY_WORDS).list().ofMaxSize(2).map(list -> String.join(" ", list));
        return Combinators.combine(themes, sources, sides, stances, certainties, points, query)
                .as(FilterCriteria::new);
    }
}
