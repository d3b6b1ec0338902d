package org.parallax.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/** Small factories for the tables' columns: plain values, and wrapping (optionally highlighted) text. */
public final class TableColumns {
    private TableColumns() {
    }

    /** A column showing a value; sortable by the value's natural order when it is Comparable. */
    public static <S, T> TableColumn<S, T> value(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A column whose text wraps to the column width, with the query words marked. */
    public static <S> TableColumn<S, String> wrapping(String title, double width, Function<S, String> value,
                                                     Supplier<List<String>> words) {
        TableColumn<S, String> column = value(title, width, value);
        column.setCellFactory(c -> new WrappingCell<>(words));
        return column;
    }

    /** A column rendering each row with a custom graphic built by {@code render} into a reused node. */
    public static <S, T, N extends Region> void graphic(TableColumn<S, T> column, Supplier<N> node,
                                                         BiConsumer<N, T> render) {
        column.setCellFactory(c -> new TableCell<>() {
            private final N graphic = node.get();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    hideGraphic(this);
                } else {
                    render.accept(graphic, item);
                    showGraphic(this, graphic);
                }
            }
        });
    }

    /**
     * Shows {@code graphic} in the cell: set once, then only made visible again. A cell that set its graphic to null
     * when empty and back when filled took the node out of the scene and put it back, and JavaFX styled it anew each
     * time (decision 0145).
     */
    public static void showGraphic(javafx.scene.control.Labeled cell, javafx.scene.Node graphic) {
        if (cell.getGraphic() != graphic) {
            cell.setGraphic(graphic);
        }
        graphic.setVisible(true);
    }

    /** An empty cell's graphic: hidden (so it takes no room), not removed. */
    public static void hideGraphic(javafx.scene.control.Labeled cell) {
        if (cell.getGraphic() != null) {
            cell.getGraphic().setVisible(false);
        }
    }

    /**
     * Lays columns out without a resize policy: the given flexible columns share, equally, the width the other
     * columns leave (never below {@code minWidth}); the others keep their preferred widths and stay user-resizable.
     * Call after (re)building the columns.
     */
    @SafeVarargs
    public static <S> void fillRemaining(TableView<S> table, double minWidth, TableColumn<S, ?>... flexible) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<TableColumn<S, ?>> flex = List.of(flexible);
        List<javafx.beans.Observable> dependencies = new java.util.ArrayList<>();
        dependencies.add(table.widthProperty());
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (!flex.contains(column)) {
                dependencies.add(column.widthProperty());
            }
            dependencies.add(column.visibleProperty());
        }
        javafx.beans.binding.DoubleBinding share = javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double used = 0;
            for (TableColumn<S, ?> column : table.getColumns()) {
                if (!flex.contains(column) && column.isVisible()) {
                    used += column.getWidth();
                }
            }
            double free = table.getWidth() - used - 20; // room for the vertical scroll bar
            long shown = flex.stream().filter(TableColumn::isVisible).count(); // a filtered-out side's column is hidden
            return Math.max(minWidth, Math.floor(free / Math.max(1, shown)));
        }, dependencies.toArray(javafx.beans.Observable[]::new));
        for (TableColumn<S, ?> column : flex) {
            column.setMinWidth(minWidth);
            column.prefWidthProperty().bind(share);
        }
    }

    /**
     * Re-measures rows when a column's width changes: a table caches row heights, so wrapped text would otherwise
     * keep the height it had at its first (narrower or wider) layout. Call after (re)building the columns.
     */
    public static void remeasureOnResize(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.widthProperty().addListener(WIDTH_LISTENER_KEY.listener(table));
        }
    }

    private static final ResizeListeners WIDTH_LISTENER_KEY = new ResizeListeners();

    /** One invalidation listener per table, so rebuilding columns never stacks listeners on the same table. */
    private static final class ResizeListeners {
        javafx.beans.InvalidationListener listener(TableView<?> table) {
            Object existing = table.getProperties().get(ResizeListeners.class);
            if (existing instanceof javafx.beans.InvalidationListener known) {
                return known;
            }
            javafx.beans.InvalidationListener created = o -> table.refresh();
            table.getProperties().put(ResizeListeners.class, created);
            return created;
        }
    }

    /**
     * Makes a cell's graphic wrap at its column's width. Bound to the column, not the cell: a cell's own width is
     * still 0 when the table first measures row heights, which would make the first rows absurdly tall.
     */
    public static void wrapToColumn(TableCell<?, ?> cell, Region graphic) {
        TableColumn<?, ?> column = cell.getTableColumn();
        if (column != null && !graphic.prefWidthProperty().isBound()) {
            graphic.prefWidthProperty().bind(column.widthProperty().subtract(18));
            graphic.maxWidthProperty().bind(column.widthProperty().subtract(18));
        }
    }

    /**
     * A cell whose graphic wraps at its column's width and whose height follows the wrapped graphic. The height is
     * computed explicitly from the column width: asking the graphic without a width would measure one long line,
     * and the row would keep whatever height its first layout guessed.
     */
    public abstract static class WrappingTableCell<S, T> extends TableCell<S, T> {
        @Override
        protected double computePrefHeight(double width) {
            javafx.scene.Node graphic = getGraphic();
            TableColumn<S, T> column = getTableColumn();
            if (graphic == null || !graphic.isVisible() || column == null
                    || getText() != null && !getText().isEmpty()) {
                return super.computePrefHeight(width);
            }
            double inner = column.getWidth() - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + graphic.prefHeight(Math.max(20, inner)) + snappedBottomInset();
        }
    }

    /** A cell with a {@link HighlightedText} that wraps to the column width. */
    public static final class WrappingCell<S> extends WrappingTableCell<S, String> {
        private final HighlightedText text = new HighlightedText();
        private final Supplier<List<String>> words;

        public WrappingCell(Supplier<List<String>> words) {
            this.words = words;
            getStyleClass().add("wrapping-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                hideGraphic(this);
            } else {
                text.setText(item, words.get());
                wrapToColumn(this, text);
                showGraphic(this, text);
            }
        }
    }
}
