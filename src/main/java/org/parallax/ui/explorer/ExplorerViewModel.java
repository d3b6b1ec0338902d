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
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;

/**
 * The shared state behind every view: the open model's snapshot, the filter criteria, the visible lists (quotes,
 * points, comparison rows), the visible counts, the selected point and the ticked quotes. A criteria change runs one
 * {@link FilterPass}, which lists the passing rows; each visible list is then replaced in one {@code setAll} (one
 * change event), and left alone when its rows did not change. (A FilteredList would re-test its predicate on every
 * source row, 100,000 of them, on each change; see ADR 0055.) No Stage needed: benchmarks and tests build it
 * directly ({@code new ExplorerViewModel()}, {@link #show(ModelSnapshot)}, {@link #applyCriteria(FilterCriteria)}).
 * Call it from one thread (the FX thread once its lists are shown).
 */
public final class ExplorerViewModel {
    private final ReadOnlyObjectWrapper<ModelSnapshot> snapshot = new ReadOnlyObjectWrapper<>(ModelSnapshot.EMPTY);
    private final ObservableList<QuoteRow> quotes = FXCollections.observableArrayList();
    private final ObservableList<PointRow> points = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    // what views get: read-only, so no view can reorder the rows every other view shares
    private final ObservableList<QuoteRow> quotesView = FXCollections.unmodifiableObservableList(quotes);
    private final ObservableList<PointRow> pointsView = FXCollections.unmodifiableObservableList(points);
    private final ObservableList<ComparisonRow> comparisonView = FXCollections.unmodifiableObservableList(comparison);
    private final ObjectProperty<FilterCriteria> criteria = new SimpleObjectProperty<>(FilterCriteria.NONE);
    private final ReadOnlyObjectWrapper<FilterPass> pass =
            new ReadOnlyObjectWrapper<>(FilterPass.compute(ModelSnapshot.EMPTY, FilterCriteria.NONE));
    private final ReadOnlyIntegerWrapper visiblePoints = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper visibleQuotes = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<PointRow> selectedPoint = new SimpleObjectProperty<>();
    private final QuoteSelection selection = new QuoteSelection();
    private ModelSnapshot shownSnapshot; // the snapshot whose rows the visible lists hold

    public ExplorerViewModel() {
        criteria.addListener((observable, before, now) -> apply());
    }

    /**
     * Shows another model: lists replaced, filters cleared, selections emptied, and its first point selected so
     * the framing panel has something to show.
     */
    public void show(ModelSnapshot next) {
        Objects.requireNonNull(next, "snapshot");
        selectedPoint.set(null);
        selection.clear();
        snapshot.set(next);
        if (FilterCriteria.NONE.equals(criteria.get())) {
            apply();
        } else {
            criteria.set(FilterCriteria.NONE);
        }
        selectedPoint.set(points.isEmpty() ? null : points.get(0));
    }

    /** Convenience for tests and benchmarks: derives the snapshot on the calling thread and shows it. */
    public void show(Model model) {
        show(ModelSnapshot.of(model));
    }

    public void applyCriteria(FilterCriteria next) {
        criteria.set(Objects.requireNonNull(next, "criteria"));
    }

    private void apply() {
        FilterPass before = pass.get();
        FilterPass result = FilterPass.compute(snapshot.get(), criteria.get(), before);
        // a pass of the shown snapshot with the same rows (such as a trailing space typed) changes no list
        boolean sameSnapshot = shownSnapshot == snapshot.get();
        if (!sameSnapshot || !result.sameQuotesAs(before)) {
            quotes.setAll(result.quotes());
        }
        if (!sameSnapshot || !result.samePointsAs(before)) {
            points.setAll(result.points());
            comparison.setAll(result.comparisonRows());
        }
        shownSnapshot = snapshot.get();
        visiblePoints.set(result.visiblePoints());
        visibleQuotes.set(result.visibleQuotes());
        PointRow selected = selectedPoint.get();
        pass.set(result);
        if (selected != null && !result.pointPasses(selected.index())) {
            // the filters hid the selected point: the framing panel shows the first point still shown instead
            selectedPoint.set(points.isEmpty() ? null : points.get(0));
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
    public ObservableList<QuoteRow> quotes() {
        return quotesView;
    }

    /** Points with at least one quote passing the filters, in canonical order. */
    public ObservableList<PointRow> points() {
        return pointsView;
    }

    public ObservableList<ComparisonRow> comparisonRows() {
        return comparisonView;
    }

    public int totalPoints() {
        return snapshot.get().points().size();
    }

    public int totalQuotes() {
        return snapshot.get().quotes().size();
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
