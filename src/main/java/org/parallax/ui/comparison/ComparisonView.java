package org.parallax.ui.comparison;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.model.Framing;
import org.parallax.model.Side;
import org.parallax.ui.common.HighlightedText;
import org.parallax.ui.common.Marks;
import org.parallax.ui.common.TableColumns;
import org.parallax.ui.explorer.ComparisonRow;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * The first view: one row per point grouped under theme header rows, one column per side with the point's claim
 * for that side and a mark per source that backs it (source tag, stance icon and word in its tooltip).
 */
public final class ComparisonView extends BorderPane {
    static final String HEADER_ROW = "theme-header-row";
    private final Tooltip tallyHelp = new Tooltip("Shown points of this theme that are mainly about this side,"
            + "\nby how the shown articles frame them: ahead = more framings call it an advantage,"
            + "\nheld back = more call it a constraint.");
    private final ComparisonViewModel viewModel;
    private final TableView<ComparisonRow> table = new TableView<>();

    public ComparisonView(ComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("comparison-view");
        getStylesheets().add(ComparisonView.class.getResource("/org/parallax/ui/comparison/comparison.css")
                .toExternalForm());
        table.setId("comparisonTable");
        table.setItems(viewModel.explorer().comparisonRows());
        table.setPlaceholder(new Label("No point matches the filters."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(HEADER_ROW);
                if (!empty && item instanceof ComparisonRow.ThemeHeader) {
                    getStyleClass().add(HEADER_ROW);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now instanceof ComparisonRow.PointLine line) {
                viewModel.explorer().selectedPointProperty().set(line.row());
            }
        });
        viewModel.explorer().snapshotProperty().addListener((o, before, now) -> rebuildColumns(now));
        viewModel.explorer().passProperty().addListener((o, before, now) -> {
            showFilteredSides();
            table.refresh();
        });
        rebuildColumns(viewModel.explorer().snapshot());
        setCenter(table);
    }

    private void rebuildColumns(ModelSnapshot snapshot) {
        table.getColumns().clear();
        TableColumn<ComparisonRow, ComparisonRow> point = new TableColumn<>("Point");
        point.setId("col-point");
        point.setPrefWidth(270);
        point.setMinWidth(160);
        point.setSortable(false);
        point.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        point.setCellFactory(c -> new PointCell());
        table.getColumns().add(point);
        List<Side> sides = snapshot.model().sides();
        List<TableColumn<ComparisonRow, ?>> sideColumns = new java.util.ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            sideColumns.add(sideColumn(sides.get(i), i));
        }
        table.getColumns().addAll(sideColumns);
        @SuppressWarnings("unchecked")
        TableColumn<ComparisonRow, ?>[] flexible = sideColumns.toArray(TableColumn[]::new);
        TableColumns.fillRemaining(table, 240, flexible);
        TableColumns.remeasureOnResize(table);
        showFilteredSides();
    }

    /** A side filter hides the other sides' columns: the comparison shows what the filters let through. */
    private void showFilteredSides() {
        for (TableColumn<ComparisonRow, ?> column : table.getColumns()) {
            if (column.getUserData() instanceof String sideId) {
                column.setVisible(viewModel.showsSide(sideId));
            }
        }
    }

    private TableColumn<ComparisonRow, ComparisonRow> sideColumn(Side side, int sideIndex) {
        TableColumn<ComparisonRow, ComparisonRow> column = new TableColumn<>(side.label());
        column.setId("col-side-" + side.id());
        column.setUserData(side.id());
        column.setPrefWidth(420);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new SideCell(side, sideIndex));
        return column;
    }

    public TableView<ComparisonRow> table() {
        return table;
    }

    private List<String> words() {
        return viewModel.explorer().pass().queryWords();
    }

    /** The point title, or the theme's name and visible point count on header rows. */
    private final class PointCell extends TableColumns.WrappingTableCell<ComparisonRow, ComparisonRow> {
        private final HighlightedText title = new HighlightedText();

        PointCell() {
        }

        @Override
        protected void updateItem(ComparisonRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().removeAll("theme-header-cell", "point-title-cell");
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof ComparisonRow.ThemeHeader header) {
                int count = viewModel.visiblePoints(header);
                Label label = new Label(header.label() + "  ·  " + count + (count == 1 ? " point" : " points"));
                label.getStyleClass().add("theme-header-label");
                // a long theme name wraps in the column instead of ending in "..."
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                TableColumns.wrapToColumn(this, label);
                getStyleClass().add("theme-header-cell");
                setGraphic(label);
            } else {
                ComparisonRow.PointLine line = (ComparisonRow.PointLine) item;
                title.setText(line.row().point().title(), words());
                TableColumns.wrapToColumn(this, title);
                getStyleClass().add("point-title-cell");
                setGraphic(title);
            }
        }
    }

    /** A side's claim with its supporting source marks, or the side's tally on header rows. */
    private final class SideCell extends TableColumns.WrappingTableCell<ComparisonRow, ComparisonRow> {
        private final Side side;
        private final int sideIndex;
        private final HighlightedText claim = new HighlightedText();
        private final FlowPane marks = new FlowPane(6, 4);
        private final VBox box = new VBox(6, claim, marks);

        SideCell(Side side, int sideIndex) {
            this.side = side;
            this.sideIndex = sideIndex;
            box.getStyleClass().add("side-claim");
            claim.prefWidthProperty().bind(box.prefWidthProperty());
            marks.prefWrapLengthProperty().bind(box.prefWidthProperty());
            marks.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ComparisonRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().remove("theme-header-cell");
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof ComparisonRow.ThemeHeader header) {
                Label tally = new Label(viewModel.tally(header, sideIndex));
                tally.getStyleClass().add("theme-tally");
                tally.setWrapText(true);
                tally.setTooltip(tallyHelp);
                tally.setMinHeight(Region.USE_PREF_SIZE);
                getStyleClass().add("theme-header-cell");
                setGraphic(tally);
            } else {
                ComparisonRow.PointLine line = (ComparisonRow.PointLine) item;
                String text = line.row().point().claimFor(side.id()).orElse(null);
                claim.getStyleClass().remove("no-claim");
                if (text == null) {
                    claim.setText("no claim for " + side.label(), List.of());
                    claim.getStyleClass().add("no-claim");
                } else {
                    claim.setText(text, words());
                }
                marks.getChildren().clear();
                for (Framing framing : viewModel.supporters(line.row(), side.id())) {
                    marks.getChildren().add(mark(framing));
                }
                if (text != null && marks.getChildren().isEmpty()) {
                    marks.getChildren().add(unbacked());
                }
                TableColumns.wrapToColumn(this, box);
                setGraphic(box);
            }
        }

        /** Says who makes a claim no shown source's quote backs: the model's summary, not an article. */
        private Label unbacked() {
            Label none = new Label(viewModel.explorer().criteria().sources().isEmpty()
                    ? "no source quote" : "no quote from the chosen sources", new FontIcon(Feather.INFO));
            none.getStyleClass().addAll("source-mark", "unbacked-claim");
            none.setTooltip(new Tooltip("The model states this claim in summary; no "
                    + (viewModel.explorer().criteria().sources().isEmpty() ? "" : "chosen ")
                    + "source has a quote about " + side.label() + " on this point."));
            return none;
        }

        private Label mark(Framing framing) {
            Label mark = new Label(viewModel.sourceName(framing.source()), new FontIcon(Marks.icon(framing.stance())));
            mark.getStyleClass().addAll("source-mark", Marks.styleClass(framing.stance()));
            mark.setTooltip(new Tooltip(viewModel.sourceTitle(framing.source()) + "\nstance: "
                    + Marks.label(framing.stance()) + ", " + Marks.label(framing.certainty())
                    + (framing.frame() == null ? "" : "\n" + framing.frame())));
            return mark;
        }
    }

}
