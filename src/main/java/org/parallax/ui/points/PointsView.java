package org.parallax.ui.points;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.model.Source;
import org.parallax.ui.common.Showing;
import org.parallax.ui.common.SourceColumns;
import org.parallax.ui.common.TableColumns;
import org.parallax.ui.explorer.ModelSnapshot;
import org.parallax.ui.explorer.PointRow;

/** The points table: theme, title (search words marked), one coverage mark per source, quote count; sortable. */
public final class PointsView extends BorderPane {
    private final PointsViewModel viewModel;
    private final TableView<PointRow> table = new TableView<>();
    private final Label columnsNote = new Label();
    private List<Integer> shownSources = List.of();
    private List<String> columnsKey = List.of();

    public PointsView(PointsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("points-view");
        getStylesheets().add(PointsView.class.getResource("/org/parallax/ui/points/points.css").toExternalForm());
        table.setId("pointsTable");
        table.setItems(viewModel.rows());
        viewModel.comparatorProperty().bind(table.comparatorProperty());
        table.setSortPolicy(t -> true); // the view-model orders its rows when the comparator changes (ADR 0056)
        table.setPlaceholder(new Label("No point matches the filters."));
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        // while the tab is hidden the table follows the selected point only when shown again: selecting and
        // scrolling a hidden table would lay it out for nothing (decision 0145)
        Showing following = new Showing(() -> follow(viewModel.explorer().selectedPointProperty().get()));
        following.showingProperty().bind(viewModel.showingProperty());
        viewModel.explorer().selectedPointProperty().addListener((o, before, now) -> following.changed());
        follow(viewModel.explorer().selectedPointProperty().get()); // the view is built lazily, after a point was chosen
        // columns are rebuilt only when the sources they show change (another model with the same sources keeps
        // them); the rows, replaced after each filter pass, redraw the cells (decision 0145)
        viewModel.explorer().snapshotProperty().addListener((o, before, now) -> rebuildColumnsIfChanged());
        // with more sources than columns, the chosen sources get theirs (decision 0067)
        viewModel.explorer().criteriaProperty().addListener((o, before, now) -> rebuildColumnsIfChanged());
        columnsNote.setId("pointsColumnsNote");
        columnsNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        columnsNote.managedProperty().bind(columnsNote.visibleProperty());
        rebuildColumns(viewModel.explorer().snapshot());
        setTop(columnsNote);
        setCenter(table);
    }

    /** Shows the explorer's selected point as the table's selection. */
    private void follow(PointRow point) {
        if (point != null && table.getSelectionModel().getSelectedItem() != point) {
            table.getSelectionModel().select(point);
            table.scrollTo(point);
        }
    }

    private void rebuildColumnsIfChanged() {
        List<Source> sources = viewModel.explorer().model().sources();
        if (!SourceColumns.key(sources, SourceColumns.shown(sources, viewModel.explorer().criteria()))
                .equals(columnsKey)) {
            rebuildColumns(viewModel.explorer().snapshot());
        }
    }

    private void rebuildColumns(ModelSnapshot snapshot) {
        table.getColumns().clear();
        // the theme column sorts by the model's theme order, and shows the label
        TableColumn<PointRow, Integer> themeOrder = TableColumns.value("Theme", 190, PointRow::themeOrdinal);
        themeOrder.setId("col-theme");
        themeOrder.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                PointRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : row.themeLabel());
            }
        });
        TableColumn<PointRow, String> title = TableColumns.wrapping("Point", 320, r -> r.point().title(),
                viewModel::queryWords);
        title.setId("col-title");
        table.getColumns().add(themeOrder);
        table.getColumns().add(title);
        List<Source> sources = snapshot.model().sources();
        shownSources = SourceColumns.shown(sources, viewModel.explorer().criteria());
        columnsKey = SourceColumns.key(sources, shownSources);
        columnsNote.setVisible(shownSources.size() < sources.size());
        columnsNote.setText(SourceColumns.note(shownSources.size(), sources.size()));
        String[] headers = SourceColumns.headers(sources);
        for (int i : shownSources) {
            table.getColumns().add(coverageColumn(sources.get(i), i, headers[i]));
        }
        TableColumn<PointRow, Integer> quotes = TableColumns.value("Quotes", 90, PointRow::quoteCount);
        quotes.setId("col-quotes");
        quotes.getStyleClass().add("number-column");
        table.getColumns().add(quotes);
        TableColumns.fillRemaining(table, 260, title);
        TableColumns.remeasureOnResize(table);
    }

    private TableColumn<PointRow, Boolean> coverageColumn(Source source, int sourceIndex, String headerText) {
        TableColumn<PointRow, Boolean> column = TableColumns.value(source.id(),
                SourceColumns.width(headerText), r -> r.coveredBy(sourceIndex));
        column.setId("col-source-" + source.id());
        Label header = new Label(headerText);
        header.setTooltip(new Tooltip(org.parallax.ui.common.SourceNames.tooltip(source)));
        column.setGraphic(header);
        column.setText(null);
        column.getStyleClass().add("coverage-column");
        column.setCellFactory(c -> new CoverageCell(source));
        return column;
    }

    public TableView<PointRow> table() {
        return table;
    }

    /**
     * "yes" with a filled check, or "silent" with a hollow mark: shape and word, not colour alone. A source whose
     * text is not in the corpus (no file) is never "silent" where it frames nothing: it was not read, so the cell
     * says "no text" (decision 0054).
     */
    public static final class CoverageCell extends TableCell<PointRow, Boolean> {
        private static final javafx.css.PseudoClass COVERED = javafx.css.PseudoClass.getPseudoClass("covered");
        private static final javafx.css.PseudoClass SILENT = javafx.css.PseudoClass.getPseudoClass("silent");
        private static final javafx.css.PseudoClass NO_TEXT = javafx.css.PseudoClass.getPseudoClass("no-text");
        private final boolean sourceWasRead;
        private final FontIcon icon = new FontIcon(Feather.CIRCLE);
        /**
         * The word, a {@code Text} in the graphic rather than the cell's text: a {@code Labeled} whose text changes
         * takes its graphic out of the scene and puts it back, and JavaFX styles it anew (decision 0145). Screen
         * readers get the word as the cell's accessible text.
         */
        private final javafx.scene.text.Text word = new javafx.scene.text.Text();
        private final javafx.scene.layout.HBox shown = new javafx.scene.layout.HBox(4, icon, word);

        public CoverageCell(Source source) {
            this.sourceWasRead = source.file() != null;
            word.getStyleClass().add("coverage-word");
            shown.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            shown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            shown.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Boolean covered, boolean empty) {
            super.updateItem(covered, empty);
            // one icon and one word per cell, changed in place; the state is a pseudo-class, which restyles
            // without looking the styles up again as a style-class change would (decision 0145)
            if (empty || covered == null) {
                TableColumns.hideGraphic(this);
                setAccessibleText(null);
                showState(null);
                return;
            }
            String text = covered ? "yes" : sourceWasRead ? "silent" : "no text";
            word.setText(text);
            setAccessibleText(text);
            icon.setIconCode(covered ? Feather.CHECK_CIRCLE : sourceWasRead ? Feather.CIRCLE : Feather.FILE_MINUS);
            showState(covered ? COVERED : sourceWasRead ? SILENT : NO_TEXT);
            TableColumns.showGraphic(this, shown);
        }

        private void showState(javafx.css.PseudoClass state) {
            for (javafx.css.PseudoClass each : new javafx.css.PseudoClass[] {COVERED, SILENT, NO_TEXT}) {
                pseudoClassStateChanged(each, each == state);
            }
        }
    }
}
