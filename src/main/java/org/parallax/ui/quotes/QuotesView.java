package org.parallax.ui.quotes;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.ui.common.Marks;
import org.parallax.ui.common.OpenInArticle;
import org.parallax.ui.common.OpenInArticleEvent;
import org.parallax.ui.common.TableColumns;

/**
 * Every quote passing the filters, with a tick box per row (the selection export takes). Shift/Ctrl select rows as
 * usual; Space ticks or unticks the selected rows; Enter shows the quote's point; "Select all shown" ticks every
 * shown quote. Ticks survive filter changes.
 */
public final class QuotesView extends BorderPane {
    private final QuotesViewModel viewModel;
    private final TableView<QuoteRow> table = new TableView<>();
    /** The row index of the last tick click, the start of a Shift+click range. */
    private int anchor = -1;

    public QuotesView(QuotesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("quotes-view");
        getStylesheets().add(QuotesView.class.getResource("/org/parallax/ui/quotes/quotes.css").toExternalForm());
        table.setId("quotesTable");
        table.setItems(viewModel.rows());
        viewModel.comparatorProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true); // the view-model orders its rows when the comparator changes (ADR 0056)
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No quote matches the filters."));
        table.getColumns().setAll(List.of(tickColumn(),
                // the point title wraps rather than ending in "...": the other columns are short names and labels
                id(TableColumns.wrapping("Point", 200, (QuoteRow r) -> r.point().title(), viewModel::queryWords),
                        "col-point"),
                id(TableColumns.value("Theme", 130, (QuoteRow r) -> r.theme() == null ? r.point().theme()
                        : r.theme().label()), "col-theme"),
                id(TableColumns.value("Source", 110,
                        (QuoteRow r) -> viewModel.explorer().model().shortName(r.framing().source())), "col-source"),
                id(TableColumns.value("Side", 120, viewModel::sideLabel), "col-side"),
                stanceColumn(),
                id(TableColumns.wrapping("Quote", 420, (QuoteRow r) -> r.quote().text(), viewModel::queryWords),
                        "col-text")));
        TableColumns.fillRemaining(table, 260, table.getColumns().get(table.getColumns().size() - 1));
        TableColumns.remeasureOnResize(table);
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.SPACE) {
                viewModel.toggle(List.copyOf(table.getSelectionModel().getSelectedItems()));
                key.consume();
            } else if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown()) {
                QuoteRow focused = table.getSelectionModel().getSelectedItem();
                if (focused != null) {
                    viewModel.showPoint(focused);
                }
                key.consume();
            }
        });
        // double-click, Ctrl+Enter or the context menu: the quote in its article, in the workbench's reader
        OpenInArticle.install(table, false, () -> Optional.ofNullable(
                table.getSelectionModel().getSelectedItem()).map(row -> new OpenInArticleEvent(
                        row.framing().source(), row.quote().start(), row.quote().end())));
        // the rows, replaced after each filter pass, redraw the cells; a tick redraws only the tick boxes (0145)
        viewModel.selection().versionProperty().addListener(o -> table.lookupAll(".quote-tick").forEach(
                box -> {
                    if (box.getParent() instanceof TickCell cell) {
                        cell.showTick();
                    }
                }));

        Button all = new Button("Select all shown", new FontIcon(Feather.CHECK_SQUARE));
        all.setId("selectAllShown");
        all.setOnAction(e -> viewModel.selectAllShown());
        Button none = new Button("Clear selection", new FontIcon(Feather.SQUARE));
        none.setId("clearSelection");
        none.setOnAction(e -> viewModel.clearSelection());
        none.disableProperty().bind(viewModel.selection().sizeProperty().isEqualTo(0));
        for (Button b : List.of(all, none)) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        Label count = new Label();
        count.setId("selectionCount");
        count.getStyleClass().add("selection-count");
        count.textProperty().bind(viewModel.selectionTextBinding());
        Label hint = new Label("Space ticks the highlighted rows · Enter shows the point · double-click or "
                + OpenInArticleEvent.SHORTCUT.getDisplayText() + " opens it in its article");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // the buttons and the count keep their words; the hint wraps in what is left (1024 px wide windows)
        for (Control keeps : List.of(all, none, count)) {
            keeps.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(8, all, none, count, hint);
        bar.getStyleClass().add("quotes-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(table);
    }

    private static <T> TableColumn<QuoteRow, T> id(TableColumn<QuoteRow, T> column, String id) {
        column.setId(id);
        return column;
    }

    private TableColumn<QuoteRow, QuoteRow> tickColumn() {
        TableColumn<QuoteRow, QuoteRow> column = new TableColumn<>();
        column.setId("col-tick");
        column.setGraphic(new FontIcon(Feather.CHECK_SQUARE));
        column.setPrefWidth(44);
        column.setMaxWidth(44);
        column.setMinWidth(44);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TickCell());
        return column;
    }

    private TableColumn<QuoteRow, QuoteRow> stanceColumn() {
        TableColumn<QuoteRow, QuoteRow> column = new TableColumn<>("Stance");
        column.setId("col-stance");
        column.setPrefWidth(120);
        column.setComparator((a, b) -> Marks.label(a.framing().stance()).compareTo(Marks.label(b.framing().stance())));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label chip = Marks.stanceChip(null); // one chip per cell, restyled (0145)

            @Override
            protected void updateItem(QuoteRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    TableColumns.hideGraphic(this);
                } else {
                    Marks.showStance(chip, row.framing().stance());
                    TableColumns.showGraphic(this, chip);
                }
            }
        });
        return column;
    }

    public TableView<QuoteRow> table() {
        return table;
    }

    /**
     * A tick box reflecting the selection. A click anywhere in the cell toggles that quote; Shift+click ticks (or
     * unticks) every shown quote from the last clicked one to this one.
     */
    private final class TickCell extends TableCell<QuoteRow, QuoteRow> {
        private final CheckBox box = new CheckBox();

        TickCell() {
            box.getStyleClass().add("quote-tick");
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                QuoteRow row = getItem();
                if (row != null && e.isPrimaryButtonDown()) {
                    if (e.isShiftDown() && anchor >= 0) {
                        viewModel.tickRange(getTableView().getItems(), anchor, getIndex(),
                                !viewModel.selection().contains(row));
                    } else {
                        viewModel.selection().toggle(row);
                    }
                    anchor = getIndex();
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(QuoteRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                TableColumns.hideGraphic(this);
            } else {
                showTick();
                TableColumns.showGraphic(this, box);
            }
        }

        void showTick() {
            QuoteRow row = getItem();
            box.setSelected(row != null && !isEmpty() && viewModel.selection().contains(row));
        }
    }
}
