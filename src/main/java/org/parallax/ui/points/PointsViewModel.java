package org.parallax.ui.points;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.parallax.model.Source;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.explorer.SortedRows;

/** The points table's rows (filtered, then sorted by the table) and what its columns show. */
public final class PointsViewModel {
    private final ExplorerViewModel explorer;
    private final SortedRows<PointRow> rows;

    public PointsViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.rows = SortedRows.points(explorer);
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** The shown rows in the table's order. */
    public ObservableList<PointRow> rows() {
        return rows.rows();
    }

    /** Whether the table shows; bound to its tab's selection, the rows wait while it is hidden (decision 0145). */
    public javafx.beans.property.BooleanProperty showingProperty() {
        return rows.showingProperty();
    }

    /** The rows' order (null: canonical); the table binds it to its comparator. */
    public ObjectProperty<Comparator<? super PointRow>> comparatorProperty() {
        return rows.comparatorProperty();
    }

    public List<Source> sources() {
        return explorer.model().sources();
    }

    public List<String> queryWords() {
        return explorer.pass().queryWords();
    }

    public void select(PointRow row) {
        explorer.selectedPointProperty().set(row);
    }
}
