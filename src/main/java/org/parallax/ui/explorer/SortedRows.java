package org.parallax.ui.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.ui.common.Showing;

/**
 * A sortable table's rows: the explorer's visible rows in the order of the table's comparator, in canonical order
 * without one. The model's rows are sorted once per comparator (and model); a filter change then keeps the visible
 * ones in that order: O(rows), no comparison. A {@code SortedList} over the visible rows sorted them again on every
 * filter change (up to a second at 100,000 quotes with a sorted column; decision 0056). A table binds
 * {@link #comparatorProperty()} to its comparator and gets a sort policy that leaves the sorting to this class.
 * While its table's tab is hidden ({@link #showingProperty()} false) the rows wait, and catch up once when it shows
 * (decision 0145). The rows are replaced (one {@code setAll}) when they or the query words change, so the table
 * redraws its cells without {@code TableView.refresh()}, which would build every cell anew.
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
    private List<String> shownWords = List.of(); // the query words the rows were last shown with
    private final Showing showing = new Showing(this::refresh);

    private SortedRows(ExplorerViewModel explorer, Function<ModelSnapshot, List<T>> allRows,
                       Function<FilterPass, List<T>> shownRows, Shown shown) {
        this.explorer = explorer;
        this.allRows = allRows;
        this.shownRows = shownRows;
        this.shown = shown;
        explorer.passProperty().addListener(observable -> showing.changed());
        comparator.addListener(observable -> {
            sorted = null;
            showing.changed();
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

    /** Whether the table of these rows shows (true unless bound, as to its tab's selection). */
    public BooleanProperty showingProperty() {
        return showing.showingProperty();
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
        // the same rows with other query words: replaced all the same, so the cells mark the new words
        if (!sameRows(rows, next) || !pass.queryWords().equals(shownWords)) {
            rows.setAll(next);
        }
        shownWords = pass.queryWords();
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
