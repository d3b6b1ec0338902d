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
import org.parallax.ui.common.StyleClasses;
import org.parallax.ui.common.TableColumns;
import org.parallax.ui.explorer.ComparisonRow;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * The first view: one row per point grouped under theme header rows, one column per side with the point's claim
 * for that side and a mark per source that backs it (source tag, stance icon and word in its tooltip).
 */
public final class ComparisonView extends BorderPane {
    static final String HEADER_ROW = "theme-header-row";
    /**
     * Header rows and cells, point cells and claims missing for a side are told apart by pseudo-classes, not style
     * classes: rows are reused for other items on every filter change, and a pseudo-class change only restyles,
     * where a style-class change makes JavaFX look up every style of the row's nodes again (decision 0145).
     */
    private static final javafx.css.PseudoClass HEADER = javafx.css.PseudoClass.getPseudoClass("theme-header");
    private static final javafx.css.PseudoClass POINT_TITLE = javafx.css.PseudoClass.getPseudoClass("point-title");
    private static final javafx.css.PseudoClass NO_CLAIM = javafx.css.PseudoClass.getPseudoClass("no-claim");
    private final Tooltip tallyHelp = new Tooltip("Shown points of this theme that are mainly about this side,"
            + "\nby how the shown articles frame them: ahead = more framings call it an advantage,"
            + "\nheld back = more call it a constraint.");
    private final ComparisonViewModel viewModel;
    private final TableView<ComparisonRow> table = new TableView<>();
    private List<Side> columnsFor = List.of();

    public ComparisonView(ComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("comparison-view");
        getStylesheets().add(ComparisonView.class.getResource("/org/parallax/ui/comparison/comparison.css")
                .toExternalForm());
        table.setId("comparisonTable");
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label("No point matches the filters."));
        table.setRowFactory(t -> new TableRow<>() {
            {
                getStyleClass().add(HEADER_ROW); // styled as a header only with :theme-header
            }

            @Override
            protected void updateItem(ComparisonRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HEADER, !empty && item instanceof ComparisonRow.ThemeHeader);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now instanceof ComparisonRow.PointLine line) {
                viewModel.explorer().selectedPointProperty().set(line.row());
            }
        });
        // another model with the same sides keeps the columns (and their cells); the rows redraw the cells
        viewModel.explorer().snapshotProperty().addListener((o, before, now) -> {
            if (!now.model().sides().equals(columnsFor)) {
                rebuildColumns(now);
            }
        });
        viewModel.explorer().passProperty().addListener((o, before, now) -> showFilteredSides());
        rebuildColumns(viewModel.explorer().snapshot());
        setCenter(table);
    }

    private void rebuildColumns(ModelSnapshot snapshot) {
        columnsFor = snapshot.model().sides();
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
        private final Label header = new Label();

        PointCell() {
            header.getStyleClass().add("theme-header-label");
            // a long theme name wraps in the column instead of ending in "..."
            header.setWrapText(true);
            header.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ComparisonRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                TableColumns.hideGraphic(this);
            } else if (item instanceof ComparisonRow.ThemeHeader themeHeader) {
                int count = viewModel.visiblePoints(themeHeader);
                header.setText(themeHeader.label() + "  ·  " + count + (count == 1 ? " point" : " points"));
                TableColumns.wrapToColumn(this, header);
                pseudoClassStateChanged(POINT_TITLE, false);
                pseudoClassStateChanged(HEADER, true);
                TableColumns.showGraphic(this, header);
            } else {
                ComparisonRow.PointLine line = (ComparisonRow.PointLine) item;
                title.setText(line.row().point().title(), words());
                TableColumns.wrapToColumn(this, title);
                pseudoClassStateChanged(HEADER, false);
                pseudoClassStateChanged(POINT_TITLE, true);
                TableColumns.showGraphic(this, title);
            }
        }
    }

    /**
     * A side's claim with its supporting source marks, or the side's tally on header rows. The cell keeps its nodes
     * (the claim, a pool of marks, the tally) and only sets their text, icon and classes on an update; tooltips
     * say their text when they show (decision 0145).
     */
    private final class SideCell extends TableColumns.WrappingTableCell<ComparisonRow, ComparisonRow> {
        private final Side side;
        private final int sideIndex;
        private final HighlightedText claim = new HighlightedText();
        private final FlowPane marks = new FlowPane(6, 4);
        private final VBox box = new VBox(6, claim, marks);
        private final Label tally = new Label();
        private final java.util.Map<String, Label> markPool = new java.util.HashMap<>();
        private Label unbacked;

        SideCell(Side side, int sideIndex) {
            this.side = side;
            this.sideIndex = sideIndex;
            box.getStyleClass().add("side-claim");
            claim.prefWidthProperty().bind(box.prefWidthProperty());
            marks.prefWrapLengthProperty().bind(box.prefWidthProperty());
            marks.setAlignment(Pos.CENTER_LEFT);
            tally.getStyleClass().add("theme-tally");
            tally.setWrapText(true);
            tally.setTooltip(tallyHelp);
            tally.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ComparisonRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                TableColumns.hideGraphic(this);
            } else if (item instanceof ComparisonRow.ThemeHeader header) {
                tally.setText(viewModel.tally(header, sideIndex));
                pseudoClassStateChanged(HEADER, true);
                TableColumns.showGraphic(this, tally);
            } else {
                ComparisonRow.PointLine line = (ComparisonRow.PointLine) item;
                String text = line.row().point().claimFor(side.id()).orElse(null);
                claim.pseudoClassStateChanged(NO_CLAIM, text == null);
                if (text == null) {
                    claim.setText("no claim for " + side.label(), List.of());
                } else {
                    claim.setText(text, words());
                }
                List<Framing> supporters = viewModel.supporters(line.row(), side.id());
                List<javafx.scene.Node> shown = new java.util.ArrayList<>(supporters.size() + 1);
                for (Framing framing : supporters) {
                    shown.add(mark(framing));
                }
                if (text != null && supporters.isEmpty()) {
                    shown.add(unbacked());
                }
                showOnly(shown);
                pseudoClassStateChanged(HEADER, false);
                TableColumns.wrapToColumn(this, box);
                TableColumns.showGraphic(this, box);
            }
        }

        /** Says who makes a claim no shown source's quote backs: the model's summary, not an article. */
        private Label unbacked() {
            if (unbacked == null) {
                unbacked = new Label("", new FontIcon(Feather.INFO));
                unbacked.getStyleClass().addAll("source-mark", "unbacked-claim");
                Tooltip why = new Tooltip();
                why.setOnShowing(e -> why.setText("The model states this claim in summary; no "
                        + (viewModel.explorer().criteria().sources().isEmpty() ? "" : "chosen ")
                        + "source has a quote about " + side.label() + " on this point."));
                unbacked.setTooltip(why);
            }
            unbacked.setText(viewModel.explorer().criteria().sources().isEmpty()
                    ? "no source quote" : "no quote from the chosen sources");
            return unbacked;
        }

        /**
         * The cell's mark for the framing's source, showing the framing's stance: one label per source, kept, so its
         * text (the source's name) stays and only a changed stance restyles it.
         */
        private Label mark(Framing framing) {
            Label mark = markPool.computeIfAbsent(framing.source(), id -> {
                Label created = new Label("", new FontIcon());
                created.getStyleClass().add("source-mark");
                Tooltip about = new Tooltip();
                about.setOnShowing(e -> {
                    if (created.getUserData() instanceof Framing shown) {
                        about.setText(viewModel.sourceTitle(shown.source()) + "\nstance: "
                                + Marks.label(shown.stance()) + ", " + Marks.label(shown.certainty())
                                + (shown.frame() == null ? "" : "\n" + shown.frame()));
                    }
                });
                created.setTooltip(about);
                return created;
            });
            mark.setUserData(framing);
            mark.setText(viewModel.sourceName(framing.source()));
            ((FontIcon) mark.getGraphic()).setIconCode(Marks.icon(framing.stance()));
            StyleClasses.choose(mark, Marks.styleClass(framing.stance()), Marks.STANCE_CLASSES);
            return mark;
        }

        /**
         * Shows these marks, in this order, and hides the cell's others: marks already in the pane in that order are
         * only made visible or hidden (no node leaves the scene, so none is styled again); the pane's children are
         * replaced only when the order differs.
         */
        private void showOnly(List<javafx.scene.Node> shown) {
            javafx.collections.ObservableList<javafx.scene.Node> children = marks.getChildren();
            int at = 0;
            for (javafx.scene.Node child : children) {
                if (at < shown.size() && child == shown.get(at)) {
                    at++;
                }
            }
            if (at < shown.size()) {
                List<javafx.scene.Node> next = new java.util.ArrayList<>(shown);
                children.stream().filter(child -> !shown.contains(child)).forEach(next::add);
                children.setAll(next);
            }
            for (javafx.scene.Node child : children) {
                boolean on = shown.contains(child);
                child.setVisible(on);
                child.setManaged(on);
            }
        }
    }

}
