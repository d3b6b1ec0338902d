package org.parallax.ui.points;

import java.util.List;
import javafx.collections.transformation.SortedList;
import org.parallax.model.Source;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.PointRow;

/** The points table's rows (filtered, then sorted by the table) and what its columns show. */
public final class PointsViewModel {
    private final ExplorerViewModel explorer;
    private final SortedList<PointRow> rows;

    public PointsViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.rows = new SortedList<>(explorer.points());
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public SortedList<PointRow> rows() {
        return rows;
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
