package org.parallax.ui.explorer;

import java.util.HashSet;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;

/**
 * The shared state behind every view: the open model's snapshot, the filter criteria, one {@link FilteredList} per
 * list (quotes, points, comparison rows), the visible counts, the selected point and the ticked quotes. A criteria
 * change runs one {@link FilterPass} and sets each list's predicate once. No Stage needed: benchmarks and tests build
 * it directly ({@code new ExplorerViewModel()}, {@link #show(ModelSnapshot)}, {@link #applyCriteria(FilterCriteria)}).
 * Call it from one thread (the FX thread once its lists are shown).
 */
public final class ExplorerViewModel {
    private final ReadOnlyObjectWrapper<ModelSnapshot> snapshot = new ReadOnlyObjectWrapper<>(ModelSnapshot.EMPTY);
    private final ObservableList<QuoteRow> allQuotes = FXCollections.observableArrayList();
    private final FilteredList<QuoteRow> quotes = new FilteredList<>(allQuotes);
    private final ObservableList<PointRow> allPoints = FXCollections.observableArrayList();
    private final FilteredList<PointRow> points = new FilteredList<>(allPoints);
    private final ObservableList<ComparisonRow> allComparison = FXCollections.observableArrayList();
    private final FilteredList<ComparisonRow> comparison = new FilteredList<>(allComparison);
    private final ObjectProperty<FilterCriteria> criteria = new SimpleObjectProperty<>(FilterCriteria.NONE);
    private final ReadOnlyObjectWrapper<FilterPass> pass =
            new ReadOnlyObjectWrapper<>(FilterPass.compute(ModelSnapshot.EMPTY, FilterCriteria.NONE));
    private final ReadOnlyIntegerWrapper visiblePoints = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper visibleQuotes = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<PointRow> selectedPoint = new SimpleObjectProperty<>();
    private final QuoteSelection selection = new QuoteSelection();

    public ExplorerViewModel() {
        criteria.addListener((observable, before, now) -> apply());
    }

    /** Shows another model: lists replaced, filters cleared, selections emptied. */
    public void show(ModelSnapshot next) {
        Objects.requireNonNull(next, "snapshot");
        selectedPoint.set(null);
        selection.clear();
        snapshot.set(next);
        allQuotes.setAll(next.quotes());
        allPoints.setAll(next.points());
        allComparison.setAll(next.comparisonRows());
        if (FilterCriteria.NONE.equals(criteria.get())) {
            apply();
        } else {
            criteria.set(FilterCriteria.NONE);
        }
    }

    /** Convenience for tests and benchmarks: derives the snapshot on the calling thread and shows it. */
    public void show(Model model) {
        show(ModelSnapshot.of(model));
    }

    public void applyCriteria(FilterCriteria next) {
        criteria.set(Objects.requireNonNull(next, "criteria"));
    }

    private void apply() {
        FilterPass result = FilterPass.compute(snapshot.get(), criteria.get(), pass.get());
        quotes.setPredicate(row -> result.quotePasses(row.order()));
        points.setPredicate(row -> result.pointPasses(row.index()));
        comparison.setPredicate(row -> row instanceof ComparisonRow.PointLine line
                ? result.pointPasses(line.row().index())
                : result.themePasses(((ComparisonRow.ThemeHeader) row).themeOrdinal()));
        visiblePoints.set(result.visiblePoints());
        visibleQuotes.set(result.visibleQuotes());
        PointRow selected = selectedPoint.get();
        pass.set(result);
        if (selected != null && !result.pointPasses(selected.index())) {
            selectedPoint.set(null);
        }
    }

    public ReadOnlyObjectProperty<ModelSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ModelSnapshot snapshot() {
        return snapshot.get();
    }

    public Model model() {
        return snapshot.get().model();
    }

    public ObjectProperty<FilterCriteria> criteriaProperty() {
        return criteria;
    }

    public FilterCriteria criteria() {
        return criteria.get();
    }

    /** The last filter pass; views listen to it to refresh highlights and header tallies. */
    public ReadOnlyObjectProperty<FilterPass> passProperty() {
        return pass.getReadOnlyProperty();
    }

    public FilterPass pass() {
        return pass.get();
    }

    /** Quotes passing the filters, in canonical order. */
    public FilteredList<QuoteRow> quotes() {
        return quotes;
    }

    /** Points with at least one quote passing the filters, in canonical order. */
    public FilteredList<PointRow> points() {
        return points;
    }

    public FilteredList<ComparisonRow> comparisonRows() {
        return comparison;
    }

    public int totalPoints() {
        return allPoints.size();
    }

    public int totalQuotes() {
        return allQuotes.size();
    }

    public ReadOnlyIntegerProperty visiblePointsProperty() {
        return visiblePoints.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty visibleQuotesProperty() {
        return visibleQuotes.getReadOnlyProperty();
    }

    public ObjectProperty<PointRow> selectedPointProperty() {
        return selectedPoint;
    }

    /** The ticked quotes (what export takes); independent of the filters. */
    public QuoteSelection selection() {
        return selection;
    }

    /** The set behind {@link #selection()}, for callers that only need to read or observe it. */
    public ObservableSet<QuoteRow> selectedQuotes() {
        return selection.items();
    }

    /** Ticked quotes that the current filters hide. O(ticked). */
    public int hiddenSelectedCount() {
        FilterPass current = pass.get();
        int hidden = 0;
        for (QuoteRow row : new HashSet<>(selection.items())) {
            if (!current.quotePasses(row.order())) {
                hidden++;
            }
        }
        return hidden;
    }
}
