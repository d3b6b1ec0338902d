package org.parallax.ui.quotes;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.SortedRows;
import org.parallax.ui.explorer.QuoteSelection;

/** The quotes table: filtered rows, the ticked selection (kept across filter changes) and its count. */
public final class QuotesViewModel {
    private final ExplorerViewModel explorer;
    private final SortedRows<QuoteRow> rows;
    private final StringBinding selectionText;

    public QuotesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.rows = SortedRows.quotes(explorer);
        QuoteSelection selection = explorer.selection();
        selectionText = Bindings.createStringBinding(this::describeSelection, selection.versionProperty(),
                explorer.passProperty());
    }

    private String describeSelection() {
        int ticked = explorer.selection().size();
        if (ticked == 0) {
            return "No quote selected";
        }
        int hidden = explorer.hiddenSelectedCount();
        return ticked + (ticked == 1 ? " quote selected" : " quotes selected")
                + (hidden == 0 ? "" : " (" + hidden + " hidden by filters)");
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** The shown rows in the table's order. */
    public ObservableList<QuoteRow> rows() {
        return rows.rows();
    }

    /** Whether the table shows; bound to its tab's selection, the rows wait while it is hidden (decision 0145). */
    public javafx.beans.property.BooleanProperty showingProperty() {
        return rows.showingProperty();
    }

    /** The rows' order (null: canonical); the table binds it to its comparator. */
    public ObjectProperty<Comparator<? super QuoteRow>> comparatorProperty() {
        return rows.comparatorProperty();
    }

    public QuoteSelection selection() {
        return explorer.selection();
    }

    public StringBinding selectionTextBinding() {
        return selectionText;
    }

    /** Ticks every quote the filters show. */
    public void selectAllShown() {
        explorer.selection().addAll(explorer.quotes());
    }

    /** Unticks every quote the filters show; hidden ticks stay. */
    public void deselectAllShown() {
        explorer.selection().removeAll(explorer.quotes());
    }

    public void clearSelection() {
        explorer.selection().clear();
    }

    /** Ticks the given rows, or unticks them when all are already ticked (Space on a table selection). */
    public void toggle(List<QuoteRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        boolean allTicked = rows.stream().allMatch(explorer.selection()::contains);
        if (allTicked) {
            explorer.selection().removeAll(rows);
        } else {
            explorer.selection().addAll(rows);
        }
    }

    /** Ticks (or unticks) the shown rows between two indices, both included, in one bulk change. */
    public void tickRange(List<QuoteRow> shown, int from, int to, boolean ticked) {
        int low = Math.max(0, Math.min(from, to));
        int high = Math.min(shown.size() - 1, Math.max(from, to));
        if (low > high) {
            return;
        }
        List<QuoteRow> range = List.copyOf(shown.subList(low, high + 1));
        if (ticked) {
            explorer.selection().addAll(range);
        } else {
            explorer.selection().removeAll(range);
        }
    }

    /** Shows the quote's point in the framing panel. */
    public void showPoint(QuoteRow row) {
        explorer.selectedPointProperty().set(explorer.snapshot().pointOf(row));
    }

    public String sideLabel(QuoteRow row) {
        String side = row.quote().side();
        return side == null ? "both / neither" : explorer.model().side(side).map(s -> s.label()).orElse(side);
    }

    public List<String> queryWords() {
        return explorer.pass().queryWords();
    }
}
