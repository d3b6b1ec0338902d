package org.parallax.ui.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.filter.QuoteRow;

/**
 * A sortable table's rows: the explorer's visible rows in the order of the table's comparator, in canonical order
 * without one. The model's rows are sorted once per comparator (and model); a filter change then keeps the visible
 * ones in that order: O(rows), no comparison. A {@code SortedList} over the visible rows sorted them again on every
 * filter change (up to a second at 100,000 quotes with a sorted column; decision 0056). A table binds
 * {@link #comparatorProperty()} to its comparator and gets a sort policy that leaves the sorting to this class.
 */
public final class SortedRows<T> {
    /** Whether the row at a canonical position passes. */
    private interface Shown {
        boolean test(FilterPass pass, int position);
    }

    private final ExplorerViewModel explorer;
    private final Function<ModelSnapshot, List<T>> allRows;
    private final Function<FilterPass, List<T>> shownRows;
    private final Shown shown;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<Comparator<? super T>> comparator = new SimpleObjectProperty<>(this, "comparator");
    private int[] sorted; // canonical positions in comparator order, for sortedFor's rows
    private ModelSnapshot sortedFor;

    private SortedRows(ExplorerViewModel explorer, Function<ModelSnapshot, List<T>> allRows,
                       Function<FilterPass, List<T>> shownRows, Shown shown) {
        this.explorer = explorer;
        this.allRows = allRows;
        this.shownRows = shownRows;
        this.shown = shown;
        explorer.passProperty().addListener(observable -> refresh());
        comparator.addListener(observable -> {
            sorted = null;
            refresh();
        });
        refresh();
    }

    /** The visible quotes, sortable. */
    public static SortedRows<QuoteRow> quotes(ExplorerViewModel explorer) {
        return new SortedRows<>(explorer, ModelSnapshot::quotes, FilterPass::quotes, FilterPass::quotePasses);
    }

    /** The visible points, sortable. */
    public static SortedRows<PointRow> points(ExplorerViewModel explorer) {
        return new SortedRows<>(explorer, ModelSnapshot::points, FilterPass::points, FilterPass::pointPasses);
    }

    /** The rows, read-only. */
    public ObservableList<T> rows() {
        return readOnly;
    }

    /** The order (null: canonical). Bind it to the table's comparator. */
    public ObjectProperty<Comparator<? super T>> comparatorProperty() {
        return comparator;
    }

    private void refresh() {
        FilterPass pass = explorer.pass();
        List<T> next;
        if (comparator.get() == null) {
            next = shownRows.apply(pass);
        } else {
            List<T> all = allRows.apply(explorer.snapshot());
            if (sorted == null || sortedFor != explorer.snapshot()) {
                sorted = sort(all, comparator.get());
                sortedFor = explorer.snapshot();
            }
            next = new ArrayList<>(shownRows.apply(pass).size());
            for (int position : sorted) {
                if (shown.test(pass, position)) {
                    next.add(all.get(position));
                }
            }
        }
        if (!sameRows(rows, next)) {
            rows.setAll(next);
        }
    }

    /** Canonical positions of {@code all} in comparator order; ties keep canonical order (the sort is stable). */
    private static <T> int[] sort(List<T> all, Comparator<? super T> order) {
        Integer[] positions = new Integer[all.size()];
        Arrays.setAll(positions, i -> i);
        Arrays.sort(positions, (a, b) -> order.compare(all.get(a), all.get(b)));
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    private static <T> boolean sameRows(List<T> shown, List<T> next) {
        if (shown.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (shown.get(i) != next.get(i)) {
                return false;
            }
        }
        return true;
    }
}
