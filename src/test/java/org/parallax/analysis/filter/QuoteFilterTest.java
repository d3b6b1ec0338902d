package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

/** The filter's meaning (docs/filters.md), checked on the hand-written small.json. */
class QuoteFilterTest {
    private final QuoteCatalog catalog = QuoteCatalog.of(SyntheticModels.small());

    /** "point/source" of each passing quote, in the order the catalog gives them. */
    private List<String> passing(FilterCriteria criteria) {
        List<QuoteRow> decided = catalog.select(catalog.filter(criteria)).rows();
        List<QuoteRow> rowByRow = catalog.select(new QuoteFilter(criteria)).rows();
        assertThat(decided).as("decided up front = tested row by row").isEqualTo(rowByRow);
        return decided.stream().map(row -> row.point().id() + "/" + row.framing().source()).toList();
    }

    @Test
    void catalogOrderIsThemeThenPointThenSourceThenQuote() {
        assertThat(passing(FilterCriteria.NONE)).containsExactly(
                "accelerator-count/alpha", "accelerator-count/beta", "state-funding/gamma",
                "students-lead/alpha", "students-lead/beta",
                "data-vendors/alpha", "data-vendors/beta");
        for (int i = 0; i < catalog.rows().size(); i++) {
            assertThat(catalog.rows().get(i).order()).isEqualTo(i);
        }
    }

    @Test
    void oneTheme() {
        assertThat(passing(FilterCriteria.NONE.withThemes(Set.of("compute")))).containsExactly(
                "accelerator-count/alpha", "accelerator-count/beta", "state-funding/gamma");
    }

    @Test
    void twoThemesAreAlternatives() {
        assertThat(passing(FilterCriteria.NONE.withThemes(Set.of("data", "talent")))).containsExactly(
                "students-lead/alpha", "students-lead/beta", "data-vendors/alpha", "data-vendors/beta");
    }

    @Test
    void kindsCombineWithAnd() {
        assertThat(passing(FilterCriteria.NONE.withThemes(Set.of("compute")).withSources(Set.of("beta", "gamma"))))
                .containsExactly("accelerator-count/beta", "state-funding/gamma");
    }

    @Test
    void side() {
        assertThat(passing(FilterCriteria.NONE.withSides(Set.of("freedonia")))).containsExactly(
                "data-vendors/alpha", "data-vendors/beta");
        assertThat(passing(FilterCriteria.NONE.withSides(Set.of("freedonia", "ruritania")))).hasSize(7);
    }

    @Test
    void stance() {
        assertThat(passing(FilterCriteria.NONE.withStances(Set.of(Stance.CONSTRAINT, Stance.NEUTRAL))))
                .containsExactly("accelerator-count/alpha", "data-vendors/alpha");
        assertThat(passing(FilterCriteria.NONE.withStances(Set.of(Stance.MIXED)))).isEmpty();
    }

    @Test
    void certainty() {
        assertThat(passing(FilterCriteria.NONE.withCertainties(Set.of(Certainty.REPORTED))))
                .containsExactly("accelerator-count/alpha", "state-funding/gamma");
    }

    @Test
    void point() {
        assertThat(passing(FilterCriteria.NONE.withPoints(Set.of("students-lead"))))
                .containsExactly("students-lead/alpha", "students-lead/beta");
    }

    @Test
    void queryIgnoresCaseAccentsAndCurlyQuotes() {
        // the model writes "Ruritania's" with a straight apostrophe
        assertThat(passing(FilterCriteria.NONE.withQuery("RÜRITÁNIA’S góvernment"))).containsExactly(
                "state-funding/gamma");
        // "Buy, don't build." is alpha's frame on data-vendors
        assertThat(passing(FilterCriteria.NONE.withQuery("  DON’T  "))).containsExactly("data-vendors/alpha");
    }

    @Test
    void everyQueryWordMustOccur() {
        assertThat(passing(FilterCriteria.NONE.withQuery("students peers"))).containsExactly("students-lead/beta");
        assertThat(passing(FilterCriteria.NONE.withQuery("students unicorns"))).isEmpty();
    }

    @Test
    void queryMatchesFrameTitleAndClaims() {
        // "larger" only in beta's frame; "modest" only in alpha's frame
        assertThat(passing(FilterCriteria.NONE.withQuery("larger"))).containsExactly("accelerator-count/beta");
        // "pays" only in the claim of state-funding
        assertThat(passing(FilterCriteria.NONE.withQuery("pays"))).containsExactly("state-funding/gamma");
        // "versus" only in the title of data-vendors
        assertThat(passing(FilterCriteria.NONE.withQuery("versus"))).containsExactly(
                "data-vendors/alpha", "data-vendors/beta");
    }

    @Test
    void queryWordsDoNotMatchAcrossTheJoinedParts() {
        // the quote ends "said." and the frame begins "A modest": no word spans the two
        assertThat(passing(FilterCriteria.NONE.withQuery("said.a"))).isEmpty();
    }

    @Test
    void aQuoteWithoutSideFailsASideFilter() {
        Model model = new Model(1, "t", List.of(new Side("x", "X")), List.of(new Theme("t", "T", null)),
                List.of(new Source("s", "S", null, null, SourceKind.ORIGINAL, null, null, null, null, null, null)),
                List.of(new Point("p", "t", "P", null, List.of(new Framing("s", null, null, null, null, List.of(
                        new Quote("sided", 0, 5, "x"), new Quote("no side", 6, 13, null)))))));
        QuoteCatalog small = QuoteCatalog.of(model);
        assertThat(small.select(new QuoteFilter(FilterCriteria.NONE.withSides(Set.of("x")))).rows())
                .extracting(row -> row.quote().text()).containsExactly("sided");
        // a framing with no stance fails a stance filter
        assertThat(small.select(new QuoteFilter(FilterCriteria.NONE.withStances(Set.of(Stance.NEUTRAL)))).rows())
                .isEmpty();
    }

    @Test
    void aPointIsVisibleWhenOneOfItsQuotesIs() {
        FilterResult result = catalog.select(new QuoteFilter(FilterCriteria.NONE.withSources(Set.of("gamma"))));
        assertThat(result.visiblePoints()).extracting(Point::id).containsExactly("state-funding");
        assertThat(result.summary()).isEqualTo(new FilterSummary(1, 7, 1, 4));
        assertThat(result.summary().describe()).isEqualTo("1 of 7 quotes, 1 of 4 points");
        FilterResult all = catalog.select(new QuoteFilter(FilterCriteria.NONE));
        assertThat(all.visiblePoints()).extracting(Point::id).containsExactly(
                "accelerator-count", "state-funding", "students-lead", "data-vendors");
    }

    @Test
    void unknownIdsAreNamed() {
        FilterCriteria criteria = FilterCriteria.NONE.withThemes(Set.of("compute", "weather"))
                .withSides(Set.of("atlantis")).withPoints(Set.of("no-such-point")).withSources(Set.of("alpha"));
        assertThat(criteria.unknownIds(catalog.model())).containsExactly(
                "unknown theme 'weather' (known: compute, talent, data)",
                "unknown side 'atlantis' (known: ruritania, freedonia)",
                "unknown point 'no-such-point'");
        assertThat(FilterCriteria.NONE.withThemes(Set.of("data")).unknownIds(catalog.model())).isEmpty();
    }

    @Test
    void matchRangesPointIntoTheTextAsWritten() {
        QuoteFilter filter = new QuoteFilter(FilterCriteria.NONE.withQuery("ruritania's CAFE rur"));
        String text = "Ruritania’s café, in Ruritania";
        assertThat(filter.matchRanges(text)).containsExactly(new TextRange(0, 11), new TextRange(12, 16),
                new TextRange(21, 24));
        assertThat(new QuoteFilter(FilterCriteria.NONE).matchRanges(text)).isEmpty();
    }

    @Test
    void typingOneMoreCharNarrows() {
        QuoteFilter stu = new QuoteFilter(FilterCriteria.NONE.withQuery("stu"));
        QuoteFilter stud = new QuoteFilter(FilterCriteria.NONE.withQuery("stud"));
        assertThat(stud.narrows(stu)).isTrue();
        assertThat(stu.narrows(stud)).isFalse();
        assertThat(new QuoteFilter(FilterCriteria.NONE.withQuery("stud").withThemes(Set.of("talent")))
                .narrows(stu)).isFalse();
        FilterResult refined = catalog.select(stu).refine(stud);
        assertThat(refined.rows()).isEqualTo(catalog.select(stud).rows());
    }

    @Test
    void aCatalogWithoutSearchTextFiltersFacetsAndRefusesQueries() {
        QuoteCatalog facetsOnly = QuoteCatalog.withoutSearchText(catalog.model());
        FilterCriteria compute = FilterCriteria.NONE.withThemes(Set.of("compute")).withSides(Set.of("ruritania"));
        assertThat(facetsOnly.select(compute).rows()).extracting(QuoteRow::order)
                .isEqualTo(catalog.select(compute).rows().stream().map(QuoteRow::order).toList());
        assertThat(facetsOnly.hasSearchText()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> facetsOnly.filter(compute.withQuery("labs")))
                .isInstanceOf(IllegalStateException.class);
    }
}
