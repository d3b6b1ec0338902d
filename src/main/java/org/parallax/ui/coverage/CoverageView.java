package org.parallax.ui.coverage;

import org.parallax.ui.common.SourceNames;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.parallax.model.Source;
import org.parallax.ui.common.SourceColumns;
import org.parallax.ui.common.StyleClasses;
import org.parallax.ui.common.TableColumns;
import org.parallax.ui.explorer.ModelSnapshot;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.points.PointsView;

/**
 * Which source is silent where: the theme x source heat map (click a cell to filter to it) above the points x
 * sources grid. Both are TableViews, so their rows stay virtualised for large models; their columns are not, so a
 * corpus of more than {@link SourceColumns#LIMIT} sources shows that many (decision 0067).
 */
public final class CoverageView extends BorderPane {
    private final CoverageViewModel viewModel;
    private final TableView<CoverageViewModel.ThemeRow> heatMap = new TableView<>();
    private final TableView<PointRow> grid = new TableView<>();
    private final SplitPane split;
    private final Label columnsNote = new Label();
    private List<Integer> shownSources = List.of();
    private List<String> columnsKey = List.of();

    public CoverageView(CoverageViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("coverage-view");
        getStylesheets().add(CoverageView.class.getResource("/org/parallax/ui/coverage/coverage.css")
                .toExternalForm());
        heatMap.setId("heatMap");
        heatMap.setItems(viewModel.themeRows());
        heatMap.getSelectionModel().setCellSelectionEnabled(true);
        grid.setId("coverageGrid");
        grid.setItems(viewModel.points());
        grid.setPlaceholder(new Label("No point matches the filters."));
        grid.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.explorer().selectedPointProperty().set(now);
            }
        });
        // columns are rebuilt only when the sources they show change; the heat map's rows, replaced after each
        // filter pass, redraw its cells (decision 0145)
        viewModel.explorer().snapshotProperty().addListener((o, before, now) -> rebuildColumnsIfChanged());
        // with more sources than columns, the chosen sources get theirs
        viewModel.explorer().criteriaProperty().addListener((o, before, now) -> rebuildColumnsIfChanged());
        columnsNote.setId("coverageColumnsNote");
        columnsNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        columnsNote.managedProperty().bind(columnsNote.visibleProperty());
        rebuildColumns(viewModel.explorer().snapshot());

        Label heatTitle = new Label("Points each source makes, per theme, of the points the filters show"
                + " (click a cell to filter to it)");
        heatTitle.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        Label gridTitle = new Label("Points x sources: who is silent where (filtered points)");
        gridTitle.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        VBox top = new VBox(6, heatTitle, columnsNote, heatMap);
        VBox bottom = new VBox(6, gridTitle, grid);
        VBox.setVgrow(heatMap, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(grid, javafx.scene.layout.Priority.ALWAYS);
        top.getStyleClass().add("coverage-section");
        bottom.getStyleClass().add("coverage-section");
        split = new SplitPane(top, bottom);
        split.setId("coverageSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
    }

    private void rebuildColumnsIfChanged() {
        List<Source> sources = viewModel.sources();
        if (!SourceColumns.key(sources, SourceColumns.shown(sources, viewModel.explorer().criteria()))
                .equals(columnsKey)) {
            rebuildColumns(viewModel.explorer().snapshot());
        }
    }

    private void rebuildColumns(ModelSnapshot snapshot) {
        heatMap.getColumns().clear();
        TableColumn<CoverageViewModel.ThemeRow, String> theme = TableColumns.value("Theme", 280,
                r -> r.label() + "  (" + r.points() + ")");
        theme.setSortable(false);
        heatMap.getColumns().add(theme);
        grid.getColumns().clear();
        TableColumn<PointRow, String> point = TableColumns.value("Point", 300,
                r -> r.point().title());
        point.setId("grid-point");
        grid.getColumns().add(point);
        List<Source> sources = snapshot.model().sources();
        shownSources = SourceColumns.shown(sources, viewModel.explorer().criteria());
        columnsKey = SourceColumns.key(sources, shownSources);
        columnsNote.setVisible(shownSources.size() < sources.size());
        columnsNote.setText(SourceColumns.note(shownSources.size(), sources.size()));
        String[] headers = SourceColumns.headers(sources);
        for (int i : shownSources) {
            Source source = sources.get(i);
            heatMap.getColumns().add(heatColumn(source, i, headers[i]));
            int index = i;
            TableColumn<PointRow, Boolean> covered = TableColumns.value(source.id(),
                    SourceColumns.width(headers[i]), r -> r.coveredBy(index));
            Label gridHeader = new Label(headers[i]);
            gridHeader.setTooltip(new Tooltip(SourceNames.tooltip(source)));
            covered.setGraphic(gridHeader);
            covered.setText(null);
            covered.setId("grid-" + source.id());
            covered.setCellFactory(c -> new PointsView.CoverageCell(source));
            grid.getColumns().add(covered);
        }
        TableColumns.fillRemaining(grid, 260, point);
    }

    private TableColumn<CoverageViewModel.ThemeRow, CoverageViewModel.ThemeRow> heatColumn(Source source, int index,
                                                                                          String headerText) {
        TableColumn<CoverageViewModel.ThemeRow, CoverageViewModel.ThemeRow> column = new TableColumn<>();
        Label header = new Label(headerText);
        header.setTooltip(new Tooltip(SourceNames.tooltip(source)));
        column.setGraphic(header);
        column.setId("heat-" + source.id());
        column.setSortable(false);
        column.setPrefWidth(Math.max(140, SourceColumns.width(headerText)));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new HeatCell(source, index));
        return column;
    }

    public TableView<CoverageViewModel.ThemeRow> heatMap() {
        return heatMap;
    }

    public TableView<PointRow> grid() {
        return grid;
    }

    public SplitPane split() {
        return split;
    }

    /**
     * A count with its heat level as a style class; zero reads "none" and is hatched, not just pale. Its classes
     * change only when they differ, and its tooltip (one per cell) says its text when it shows (decision 0145).
     */
    private final class HeatCell extends TableCell<CoverageViewModel.ThemeRow, CoverageViewModel.ThemeRow> {
        private static final String[] LEVELS = {"heat-0", "heat-1", "heat-2", "heat-3", "heat-4", "heat-no-text"};
        private final Source source;
        private final int index;
        private final Tooltip about = new Tooltip();

        HeatCell(Source source, int index) {
            this.source = source;
            this.index = index;
            getStyleClass().add("heat-cell");
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    viewModel.focus(getItem(), source);
                }
            });
            about.setOnShowing(e -> {
                if (getItem() != null) {
                    about.setText(describe(getItem()));
                }
            });
        }

        private boolean unread(CoverageViewModel.ThemeRow row) {
            return row.counts()[index] == 0 && source.file() == null;
        }

        private String describe(CoverageViewModel.ThemeRow row) {
            return unread(row)
                    ? "No text of " + source.title() + " is in the corpus, so whether it makes these points is unknown."
                    : source.title() + " makes " + row.counts()[index] + " of the " + row.points() + " "
                            + row.label() + " points. Click to filter to them.";
        }

        @Override
        protected void updateItem(CoverageViewModel.ThemeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                StyleClasses.choose(this, null, LEVELS);
                StyleClasses.toggle(this, "focused-cell", false);
                return;
            }
            int count = row.counts()[index];
            boolean unread = unread(row);
            setText(unread ? "no text" : count == 0 ? "0 · silent" : count + (count == 1 ? " point" : " points"));
            StyleClasses.choose(this, unread ? "heat-no-text" : "heat-" + viewModel.heat(count), LEVELS);
            StyleClasses.toggle(this, "focused-cell", viewModel.isFocused(row, source));
            if (getTooltip() != about) {
                setTooltip(about);
            }
            if (about.isShowing()) {
                about.setText(describe(row));
            }
        }
    }
}
