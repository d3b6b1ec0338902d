package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Theme;
import org.parallax.ui.common.HighlightedText;
import org.parallax.ui.explorer.ComparisonRow;
import org.parallax.ui.explorer.PointRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on the small test model, driven like a user would. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @BeforeEach
    void open() throws Exception {
        fixture.open(WindowFixture.SMALL);
    }

    private static List<String> pointIds(TableView<PointRow> table) {
        return table.getItems().stream().map(r -> r.point().id()).toList();
    }

    private static List<String> quoteSources(TableView<QuoteRow> table) {
        return table.getItems().stream().map(r -> r.point().id() + "/" + r.framing().source()).toList();
    }

    private void fx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(5000, action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectTab(String id) {
        fx(() -> fixture.window.tabs().getSelectionModel().select(
                fixture.window.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** The texts rendered in the table's cells, per column id, for the row whose item matches. */
    private static Map<String, String> renderedRow(TableView<?> table, java.util.function.Predicate<Object> item) {
        Map<String, String> texts = new HashMap<>();
        for (Node node : table.lookupAll(".table-cell")) {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            TableRow<?> row = cell.getTableRow();
            if (row == null || row.isEmpty() || !item.test(row.getItem()) || cell.getTableColumn() == null) {
                continue;
            }
            StringBuilder text = new StringBuilder(cell.getText() == null ? "" : cell.getText());
            if (cell.getGraphic() != null) {
                cell.getGraphic().lookupAll(".highlighted-text").forEach(
                        n -> text.append(((HighlightedText) n).text()));
                if (cell.getGraphic() instanceof Label label) {
                    text.append(label.getText());
                }
            }
            texts.put(cell.getTableColumn().getId(), text.toString());
        }
        return texts;
    }

    @Test
    void comparisonShowsEachSidesClaimInItsColumn(FxRobot robot) {
        TableView<ComparisonRow> table = fixture.window.comparison().table();
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Point", "Ruritania", "Freedonia");
        Map<String, String> accelerators = renderedRow(table, item -> item instanceof ComparisonRow.PointLine line
                && line.row().point().id().equals("accelerator-count"));
        assertThat(accelerators.get("col-point")).isEqualTo("How many accelerators labs train on");
        assertThat(accelerators.get("col-side-ruritania")).isEqualTo("Labs train on a few thousand accelerators.");
        assertThat(accelerators.get("col-side-freedonia")).isEqualTo("Not stated.");
        fx(() -> table.scrollTo(table.getItems().size() - 1));
        Map<String, String> vendors = renderedRow(table, item -> item instanceof ComparisonRow.PointLine line
                && line.row().point().id().equals("data-vendors"));
        assertThat(vendors.get("col-side-freedonia")).isEqualTo("Labs buy data from a mature industry.");
        assertThat(vendors.get("col-side-ruritania")).isEqualTo("no claim for Ruritania");
        fx(() -> table.scrollTo(0));
        Map<String, String> computeHeader = renderedRow(table, item -> item instanceof ComparisonRow.ThemeHeader h
                && h.label().equals("Compute"));
        assertThat(computeHeader.get("col-point")).contains("Compute").contains("2 points");
        assertThat(computeHeader.get("col-side-ruritania")).isEqualTo("ahead on 1 · held back on 0");
    }

    @Test
    void filteringByOneThenTwoThemesChangesBothTables(FxRobot robot) {
        CheckComboBox<Theme> themes = robot.lookup("#themeFilter").queryAs(CheckComboBox.class);
        fx(() -> themes.getCheckModel().check(0)); // compute
        // each table is read with its tab shown: a hidden tab's table catches up when shown (decision 0145)
        selectTab("pointsTab");
        assertThat(pointIds(fixture.window.points().table())).containsExactly("accelerator-count", "state-funding");
        selectTab("quotesTab");
        assertThat(quoteSources(fixture.window.quotes().table()))
                .containsExactly("accelerator-count/alpha", "accelerator-count/beta", "state-funding/gamma");
        assertThat(robot.lookup("#filterCount").queryAs(Label.class).getText())
                .isEqualTo("2 of 4 points, 3 of 7 quotes");

        fx(() -> themes.getCheckModel().check(1)); // + talent
        assertThat(quoteSources(fixture.window.quotes().table())).containsExactly("accelerator-count/alpha",
                "accelerator-count/beta", "state-funding/gamma", "students-lead/alpha", "students-lead/beta");
        selectTab("pointsTab");
        assertThat(pointIds(fixture.window.points().table()))
                .containsExactly("accelerator-count", "state-funding", "students-lead");
        selectTab("comparisonTab");
        assertThat(fixture.window.comparison().table().getItems()).hasSize(5); // two headers, three points

        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(themes.getCheckModel().getCheckedItems()).isEmpty();
        selectTab("pointsTab");
        assertThat(fixture.window.points().table().getItems()).hasSize(4);
    }

    @Test
    void typedSearchMatchesQuoteWordsAndHighlightsThem(FxRobot robot) {
        selectTab("quotesTab");
        robot.clickOn("#searchField").write("engineer");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<QuoteRow> quotes = fixture.window.quotes().table();
        assertThat(quoteSources(quotes)).containsExactly("accelerator-count/alpha");
        List<String> marked = quotes.lookupAll(".highlighted-text").stream()
                .flatMap(n -> ((HighlightedText) n).matches().stream()).toList();
        assertThat(marked).contains("engineer");
        assertThat(quotes.lookupAll(".search-match")).isNotEmpty();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.explorer().criteria().query()).isEmpty();
        assertThat(quotes.getItems()).hasSize(7);
    }

    @Test
    void searchIsAccentAndCaseInsensitiveAndCtrlFFocusesIt(FxRobot robot) {
        selectTab("pointsTab");
        robot.clickOn(fixture.window.points().table());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.filterBar().searchField().isFocused()).isTrue();
        fx(() -> fixture.window.filterBar().searchField().setText("FREEDÓNIAN"));
        assertThat(pointIds(fixture.window.points().table())).containsExactly("data-vendors");
        assertThat(fixture.window.points().table().lookupAll(".search-match")).isEmpty(); // title lacks the word
    }

    @Test
    void openingAModelSelectsItsFirstPointSoTheFramingPanelShowsIt(FxRobot robot) {
        // the first row of the comparison (and of the unsorted points table) is accelerator-count
        assertThat(fixture.explorer().selectedPointProperty().get().point().id()).isEqualTo("accelerator-count");
        assertThat(fixture.window.points().table().getSelectionModel().getSelectedItem().point().id())
                .isEqualTo("accelerator-count");
        Pane columns = robot.lookup("#framingColumns").queryAs(Pane.class);
        assertThat(columns.getChildren()).extracting(Node::getId)
                .containsExactly("framing-alpha", "framing-beta", "framing-gamma");
        assertThat(robot.lookup("#claim-ruritania").queryAs(Label.class).getText())
                .isEqualTo("Labs train on a few thousand accelerators.");
    }

    @Test
    void aTableSortedByAColumnStaysSortedThroughFilterChanges(FxRobot robot) {
        selectTab("pointsTab");
        TableView<PointRow> table = fixture.window.points().table();
        TableColumn<PointRow, ?> title = table.getColumns().stream().filter(c -> "col-title".equals(c.getId()))
                .findFirst().orElseThrow();
        fx(() -> {
            title.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(title));
        });
        assertThat(pointIds(table)).containsExactly("state-funding", "students-lead", "accelerator-count",
                "data-vendors");
        int[] resorts = new int[1]; // a new table comparator would make the rows sort all over again
        fx(() -> table.comparatorProperty().addListener(o -> resorts[0]++));
        fx(() -> fixture.explorer().applyCriteria(
                org.parallax.analysis.filter.FilterCriteria.NONE.withThemes(Set.of("compute", "data"))));
        assertThat(pointIds(table)).containsExactly("state-funding", "accelerator-count", "data-vendors");
        fx(() -> fixture.explorer().applyCriteria(org.parallax.analysis.filter.FilterCriteria.NONE));
        assertThat(pointIds(table)).containsExactly("state-funding", "students-lead", "accelerator-count",
                "data-vendors");
        assertThat(resorts[0]).isZero();
        fx(() -> table.getSortOrder().clear());
        assertThat(pointIds(table)).containsExactly("accelerator-count", "state-funding", "students-lead",
                "data-vendors");
    }

    @Test
    void selectingAPointShowsOneColumnPerSourceWithTheBlindSpot(FxRobot robot) {
        selectTab("pointsTab");
        fx(() -> fixture.window.points().table().getSelectionModel().select(0)); // accelerator-count
        Pane columns = robot.lookup("#framingColumns").queryAs(Pane.class);
        assertThat(columns.getChildren()).extracting(Node::getId)
                .containsExactly("framing-alpha", "framing-beta", "framing-gamma");
        Node alpha = columns.getChildren().get(0);
        assertThat(alpha.lookupAll(".framing-quote")).extracting(n -> ((HighlightedText) n).text())
                .containsExactly("\u201CLabs in Ruritania train on about 2,000 accelerators, one engineer said.\u201D");
        assertThat(alpha.lookupAll(".chip")).extracting(n -> ((Label) n).getText())
                .containsExactly("constraint", "reported");
        Node gamma = columns.getChildren().get(2);
        assertThat(gamma.getStyleClass()).contains("blind-spot");
        assertThat(gamma.lookupAll(".blind-spot-label")).extracting(n -> ((Label) n).getText())
                .containsExactly("not mentioned");
        assertThat(gamma.lookupAll(".framing-quote")).isEmpty();
        assertThat(robot.lookup("#claim-ruritania").queryAs(Label.class).getText())
                .isEqualTo("Labs train on a few thousand accelerators.");
    }

    @Test
    void clickingACoverageCellFiltersToThatThemeAndSource(FxRobot robot) {
        selectTab("coverageTab");
        TableView<?> heatMap = fixture.window.coverage().heatMap();
        Node cell = heatMap.lookupAll(".heat-cell").stream()
                .filter(n -> ((TableCell<?, ?>) n).getTableColumn().getId().equals("heat-gamma"))
                .filter(n -> ((TableCell<?, ?>) n).getIndex() == 0).findFirst().orElseThrow();
        assertThat(((TableCell<?, ?>) cell).getText()).isEqualTo("1 point");
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.explorer().criteria().themes()).isEqualTo(Set.of("compute"));
        assertThat(fixture.explorer().criteria().sources()).isEqualTo(Set.of("gamma"));
        assertThat(fixture.window.coverage().grid().getItems()).hasSize(1);
        Node zero = heatMap.lookupAll(".heat-cell").stream()
                .filter(n -> ((TableCell<?, ?>) n).getTableColumn().getId().equals("heat-gamma"))
                .filter(n -> ((TableCell<?, ?>) n).getIndex() == 1).findFirst().orElseThrow();
        assertThat(((TableCell<?, ?>) zero).getText()).isEqualTo("0 · silent");
        assertThat(zero.getStyleClass()).contains("heat-0");
        selectTab("pointsTab");
        assertThat(pointIds(fixture.window.points().table())).containsExactly("state-funding");
    }

    @Test
    void tickedQuotesSurviveAFilterChange(FxRobot robot) {
        selectTab("quotesTab");
        TableView<QuoteRow> quotes = fixture.window.quotes().table();
        robot.clickOn(QuoteTicks.at(quotes, 0)); // a tick redraws the cells, so look each box up afresh
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(QuoteTicks.at(quotes, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.explorer().selectedQuotes()).extracting(r -> r.point().id() + "/" + r.framing().source())
                .containsExactlyInAnyOrder("accelerator-count/alpha", "accelerator-count/beta");
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).getText()).isEqualTo("2 quotes selected");

        fx(() -> fixture.explorer().applyCriteria(fixture.explorer().criteria().withThemes(Set.of("data"))));
        assertThat(fixture.explorer().selectedQuotes()).hasSize(2);
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).getText())
                .isEqualTo("2 quotes selected (2 hidden by filters)");

        robot.clickOn("#selectAllShown");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.explorer().selectedQuotes()).hasSize(4);
        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        // every rendered box shows its row's tick, and the hidden ticks are back in view
        List<CheckBox> rendered = quotes.lookupAll(".quote-tick").stream()
                .filter(n -> n.getScene() != null && n.getParent() instanceof TableCell<?, ?> c && !c.isEmpty())
                .map(n -> (CheckBox) n).toList();
        assertThat(rendered).isNotEmpty().allSatisfy(box -> assertThat(box.isSelected()).isEqualTo(
                fixture.explorer().selectedQuotes().contains(((TableCell<?, ?>) box.getParent()).getTableRow().getItem())));
        assertThat(rendered.stream().filter(CheckBox::isSelected).count()).isGreaterThanOrEqualTo(2);
        assertThat(fixture.explorer().hiddenSelectedCount()).isZero();
    }


    @Test
    void shiftClickTicksARangeOfShownQuotes(FxRobot robot) {
        selectTab("quotesTab");
        TableView<QuoteRow> quotes = fixture.window.quotes().table();
        robot.clickOn(QuoteTicks.at(quotes, 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).clickOn(QuoteTicks.at(quotes, 3)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.explorer().selectedQuotes()).extracting(QuoteRow::order).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).getText()).isEqualTo("3 quotes selected");
    }

    @Test
    void enterOnAQuoteShowsItsPoint(FxRobot robot) {
        selectTab("quotesTab");
        TableView<QuoteRow> quotes = fixture.window.quotes().table();
        fx(() -> {
            quotes.requestFocus();
            quotes.getSelectionModel().select(4); // students-lead / alpha
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.explorer().selectedPointProperty().get().point().id()).isEqualTo("students-lead");
        assertThat(robot.lookup("#framingColumns").queryAs(Pane.class).getChildren()).hasSize(3);
    }

    @Test
    void aBadFileShowsItsProblemsAndKeepsTheOpenModel(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"title\": \"Broken\",\n  \"sides\": [ ");
        fixture.open(bad);
        assertThat(fixture.dialogs.problemDialogs).hasSize(1);
        assertThat(fixture.dialogs.problemDialogs.get(0)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).endsWith("bad.json"))
                .anySatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(fixture.explorer().model().title()).isEqualTo("Small test comparison");
        selectTab("pointsTab");
        assertThat(fixture.window.points().table().getItems()).hasSize(4);
        assertThat(fixture.window.viewModel().recentFiles()).doesNotContain(bad.toAbsolutePath());
    }

    @Test
    void ctrlOOpensTheChosenFileAndRemembersIt(FxRobot robot, @TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy.json");
        Files.copy(WindowFixture.SMALL, copy);
        fixture.files.nextFile = copy;
        robot.clickOn(fixture.window.points().table());
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fixture.window.viewModel().locationProperty().get().file().equals(copy));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.viewModel().recentFiles().get(0)).isEqualTo(copy.toAbsolutePath());
        assertThat(fixture.store.get("lastModel", "")).isEqualTo(copy.toAbsolutePath().toString());
    }

    @Test
    void droppingAJsonFileOpensIt(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("dropped.json");
        Files.copy(WindowFixture.SMALL, copy);
        boolean[] accepted = new boolean[2];
        fx(() -> {
            accepted[0] = fixture.window.viewModel().openDropped(List.of(dir.resolve("notes.txt")));
            accepted[1] = fixture.window.viewModel().openDropped(List.of(dir.resolve("notes.txt"), copy));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fixture.window.viewModel().locationProperty().get().file().equals(copy));
        assertThat(accepted).containsExactly(false, true);
    }
}
