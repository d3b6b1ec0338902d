package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Set;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteFilter;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;
import org.parallax.model.Stance;
import org.parallax.ui.explorer.ComparisonRow;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.explorer.SortedRows;

/** The view-model without any window: filtering, counts, tallies, selection. */
class ExplorerViewModelTest {
    private final ExplorerViewModel explorer = new ExplorerViewModel();

    @BeforeEach
    void load() {
        Model model = new ModelLoader().load(WindowFixture.SMALL).modelIfValid().orElseThrow();
        explorer.show(model);
    }

    private static java.util.List<String> ids(java.util.List<PointRow> rows) {
        return rows.stream().map(r -> r.point().id()).toList();
    }

    @Test
    void typingAQueryCharByCharEndsWithTheSameRowsAsTypingItAtOnce() {
        // each pass narrows the previous one (FilterPass keeps its QuoteFilter); widening must sweep again
        for (String typed : new String[] {"s", "st", "stu", "stud", "stu", ""}) {
            explorer.applyCriteria(FilterCriteria.NONE.withQuery(typed));
            ExplorerViewModel fresh = new ExplorerViewModel();
            fresh.show(explorer.model());
            fresh.applyCriteria(FilterCriteria.NONE.withQuery(typed));
            assertThat(explorer.quotes()).as(typed).extracting(r -> r.order())
                    .containsExactlyElementsOf(fresh.quotes().stream().map(r -> r.order()).toList());
            assertThat(ids(explorer.points())).as(typed).isEqualTo(ids(fresh.points()));
        }
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("stud"));
        assertThat(explorer.quotes()).isNotEmpty().hasSizeLessThan(explorer.snapshot().quotes().size());
    }

    @Test
    void pointsComeInThemeOrderThenModelOrder() {
        assertThat(ids(explorer.points()))
                .containsExactly("accelerator-count", "state-funding", "students-lead", "data-vendors");
        assertThat(explorer.comparisonRows()).hasSize(7); // three theme headers and four points
    }

    @Test
    void oneThemeThenTwoThemesNarrowPointsQuotesAndCounts() {
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("compute")));
        assertThat(ids(explorer.points())).containsExactly("accelerator-count", "state-funding");
        assertThat(explorer.quotes()).extracting(r -> r.framing().source()).containsExactly("alpha", "beta", "gamma");
        assertThat(explorer.visiblePointsProperty().get()).isEqualTo(2);
        assertThat(explorer.visibleQuotesProperty().get()).isEqualTo(3);

        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("compute", "data")));
        assertThat(ids(explorer.points())).containsExactly("accelerator-count", "state-funding", "data-vendors");
        assertThat(explorer.visibleQuotesProperty().get()).isEqualTo(5);
        assertThat(explorer.comparisonRows()).filteredOn(r -> r instanceof ComparisonRow.ThemeHeader)
                .extracting(r -> ((ComparisonRow.ThemeHeader) r).label()).containsExactly("Compute", "Data industry");
    }

    @Test
    void tallyCountsPointsWhoseShownFramingsLeanOneWay() {
        // compute: accelerator-count is one advantage against one constraint (no lean); state-funding leans ahead
        int compute = 0;
        assertThat(explorer.pass().ahead(compute, 0)).isEqualTo(1);
        assertThat(explorer.pass().behind(compute, 0)).isEqualTo(0);
        // showing only alpha, accelerator-count leans back for Ruritania, and state-funding (gamma only) is hidden
        explorer.applyCriteria(FilterCriteria.NONE.withSources(Set.of("alpha")));
        assertThat(explorer.pass().ahead(compute, 0)).isEqualTo(0);
        assertThat(explorer.pass().behind(compute, 0)).isEqualTo(1);
        // data-vendors is about Freedonia: alpha is neutral on it, so no lean
        assertThat(explorer.pass().ahead(2, 1)).isEqualTo(0);
    }

    @Test
    void stanceFilterKeepsOnlyFramingsWithThatStance() {
        explorer.applyCriteria(FilterCriteria.NONE.withStances(Set.of(Stance.CONSTRAINT)));
        assertThat(explorer.quotes()).extracting(r -> r.quote().text())
                .containsExactly("Labs in Ruritania train on about 2,000 accelerators, one engineer said.");
        assertThat(ids(explorer.points())).containsExactly("accelerator-count");
    }

    @Test
    void selectionSurvivesFilterChangesAndCountsHiddenTicks() {
        QuoteRow first = explorer.quotes().get(0);
        QuoteRow last = explorer.quotes().get(6);
        explorer.selection().set(first, true);
        explorer.selection().set(last, true);
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("talent")));
        assertThat(explorer.selectedQuotes()).containsExactlyInAnyOrder(first, last);
        assertThat(explorer.hiddenSelectedCount()).isEqualTo(2);
        explorer.applyCriteria(FilterCriteria.NONE);
        assertThat(explorer.hiddenSelectedCount()).isZero();
    }

    @Test
    void showingAModelClearsTheFiltersAndSelectsItsFirstPoint() {
        assertThat(explorer.selectedPointProperty().get().point().id()).isEqualTo("accelerator-count");
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("talent")));
        explorer.selectedPointProperty().set(explorer.points().get(0));
        explorer.show(explorer.model());
        assertThat(explorer.criteria()).isEqualTo(FilterCriteria.NONE);
        assertThat(explorer.selectedPointProperty().get().point().id()).isEqualTo("accelerator-count");
        assertThat(explorer.selectedPointProperty().get()).isSameAs(explorer.points().get(0));
    }

    @Test
    void aModelWithoutPointsSelectsNothing() {
        explorer.show(new Model(Model.SCHEMA_VERSION, "empty", java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of()));
        assertThat(explorer.points()).isEmpty();
        assertThat(explorer.selectedPointProperty().get()).isNull();
    }

    @Test
    void aFilterChangeThatKeepsTheSameRowsLeavesTheListsUntouched() {
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("students"));
        int[] changes = new int[1];
        explorer.quotes().addListener((javafx.collections.ListChangeListener<QuoteRow>) c -> changes[0]++);
        explorer.points().addListener((javafx.collections.ListChangeListener<PointRow>) c -> changes[0]++);
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("students "));
        assertThat(changes[0]).isZero();
        explorer.applyCriteria(FilterCriteria.NONE);
        assertThat(changes[0]).isEqualTo(2);
        assertThat(explorer.quotes()).hasSize(explorer.totalQuotes());
    }

    @Test
    void pointRowsKnowWhichSourcesMakeThem() {
        // accelerator-count is made by alpha and beta; gamma is its blind spot (sources in model order)
        PointRow accelerators = explorer.points().get(0);
        assertThat(accelerators.point().id()).isEqualTo("accelerator-count");
        assertThat(accelerators.coverageCount()).isEqualTo(2);
        assertThat(accelerators.coveredBy(0)).isTrue();
        assertThat(accelerators.coveredBy(1)).isTrue();
        assertThat(accelerators.coveredBy(2)).isFalse();
        assertThat(accelerators.coveredBy(-1)).isFalse();
        assertThat(accelerators.coveredBy(99)).isFalse();
        PointRow funding = explorer.points().get(1);
        assertThat(funding.point().id()).isEqualTo("state-funding");
        assertThat(funding.coverageCount()).isEqualTo(1);
        assertThat(funding.coveredBy(2)).isTrue();
        assertThat(funding.coveredBy(0)).isFalse();
    }

    @Test
    void sortedRowsKeepTheTableOrderAcrossFilterChangesWithoutSortingAgain() {
        SortedRows<PointRow> rows = SortedRows.points(explorer);
        assertThat(ids(rows.rows())).isEqualTo(ids(explorer.points()));
        int[] comparisons = new int[1];
        Comparator<PointRow> byTitle = (a, b) -> {
            comparisons[0]++;
            return a.point().title().compareTo(b.point().title());
        };
        rows.comparatorProperty().set(byTitle);
        assertThat(ids(rows.rows())).containsExactly("data-vendors", "accelerator-count", "students-lead",
                "state-funding");
        assertThat(comparisons[0]).isPositive();
        comparisons[0] = 0;
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("compute", "data")));
        assertThat(ids(rows.rows())).containsExactly("data-vendors", "accelerator-count", "state-funding");
        explorer.applyCriteria(FilterCriteria.NONE);
        assertThat(rows.rows()).hasSize(4);
        assertThat(comparisons[0]).as("a filter change keeps the sorted order, it does not sort").isZero();
        rows.comparatorProperty().set(null);
        assertThat(ids(rows.rows())).isEqualTo(ids(explorer.points()));
    }

    @Test
    void aHiddenTablesRowsWaitAndCatchUpOnceWhenShown() {
        SortedRows<PointRow> rows = SortedRows.points(explorer);
        rows.showingProperty().set(false);
        int[] changes = new int[1];
        rows.rows().addListener((javafx.collections.ListChangeListener<PointRow>) c -> changes[0]++);
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("compute")));
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("compute", "data")));
        assertThat(rows.rows()).as("hidden: the rows wait").hasSize(4);
        assertThat(changes[0]).isZero();
        rows.showingProperty().set(true);
        assertThat(ids(rows.rows())).containsExactly("accelerator-count", "state-funding", "data-vendors");
        assertThat(changes[0]).as("one catch-up, not one per filter change").isEqualTo(1);
    }

    @Test
    void sameRowsWithOtherQueryWordsAreReplacedSoTheCellsMarkTheWords() {
        SortedRows<QuoteRow> rows = SortedRows.quotes(explorer);
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("students"));
        int[] changes = new int[1];
        rows.rows().addListener((javafx.collections.ListChangeListener<QuoteRow>) c -> changes[0]++);
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("students "));
        assertThat(changes[0]).as("same rows, same words").isZero();
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("student"));
        assertThat(explorer.pass().queryWords()).containsExactly("student");
        assertThat(changes[0]).as("same rows, other words").isEqualTo(1);
    }

    @Test
    void hiddenCoverageAndComparisonCatchUpWhenShown() {
        var coverage = new org.parallax.ui.coverage.CoverageViewModel(explorer);
        var comparison = new org.parallax.ui.comparison.ComparisonViewModel(explorer);
        coverage.showingProperty().set(false);
        comparison.showingProperty().set(false);
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("talent")));
        assertThat(coverage.points()).as("hidden: the grid's rows wait").hasSize(4);
        int before = comparison.rows().size();
        assertThat(before).as("hidden: the comparison's rows wait").isGreaterThan(explorer.comparisonRows().size());
        coverage.showingProperty().set(true);
        comparison.showingProperty().set(true);
        assertThat(ids(coverage.points())).containsExactly("students-lead");
        assertThat(coverage.themeRows()).filteredOn(r -> r.points() > 0).extracting(r -> r.theme().id())
                .containsExactly("talent");
        assertThat(comparison.rows()).isEqualTo(explorer.comparisonRows()).hasSizeLessThan(before);
    }

    @Test
    void theSharedListsAreReadOnly() {
        assertThatThrownBy(() -> FXCollections.sort(explorer.points(), Comparator.comparing(r -> r.point().id())))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ids(explorer.points()))
                .containsExactly("accelerator-count", "state-funding", "students-lead", "data-vendors");
    }

    @Test
    void aSelectedPointHiddenByTheFiltersGivesWayToTheFirstShownPoint() {
        explorer.selectedPointProperty().set(explorer.points().get(0));
        explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of("talent")));
        assertThat(explorer.selectedPointProperty().get().point().id()).isEqualTo("students-lead");
        explorer.applyCriteria(FilterCriteria.NONE.withQuery("no such words anywhere"));
        assertThat(explorer.selectedPointProperty().get()).isNull();
    }

    @Test
    void countsMatchTheFilterPredicateOnAGeneratedModel() {
        Model big = GeneratedModels.generate(500, 5);
        explorer.show(big);
        FilterCriteria criteria = FilterCriteria.NONE.withThemes(Set.of("theme-1", "theme-2"))
                .withSides(Set.of("east")).withQuery("zebra");
        explorer.applyCriteria(criteria);
        QuoteFilter filter = new QuoteFilter(criteria);
        long expectedQuotes = explorer.snapshot().quotes().stream().filter(filter).count();
        long expectedPoints = explorer.snapshot().quotes().stream().filter(filter).map(r -> r.point().id())
                .distinct().count();
        assertThat(expectedQuotes).isPositive();
        assertThat(explorer.quotes()).hasSize((int) expectedQuotes);
        assertThat(explorer.visibleQuotesProperty().get()).isEqualTo((int) expectedQuotes);
        assertThat(explorer.visiblePointsProperty().get()).isEqualTo((int) expectedPoints);
        assertThat(explorer.points()).hasSize((int) expectedPoints);
        // the published lists are the snapshot's rows that pass, in canonical order
        assertThat(explorer.quotes()).containsExactlyElementsOf(
                explorer.snapshot().quotes().stream().filter(filter).toList());
        assertThat(explorer.comparisonRows()).containsExactlyElementsOf(explorer.snapshot().comparisonRows().stream()
                .filter(r -> r instanceof ComparisonRow.PointLine line ? explorer.points().contains(line.row())
                        : explorer.points().stream().anyMatch(p -> p.themeOrdinal()
                                == ((ComparisonRow.ThemeHeader) r).themeOrdinal()))
                .toList());
    }
}
