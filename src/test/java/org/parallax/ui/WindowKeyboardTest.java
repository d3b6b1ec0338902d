package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.io.Problem;
import org.parallax.ui.common.FxDialogService;
import org.parallax.ui.common.ProblemReport;
import org.parallax.ui.main.Shortcuts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard shortcuts and the windows the main window opens: Help > Keyboard shortcuts, a framing card's quote in its
 * article, and the problem dialog of a model with five problems.
 */
@ExtendWith(ApplicationExtension.class)
class WindowKeyboardTest {
    static final Path FIVE_PROBLEMS = Path.of("src/test/resources/models/five-problems.json");
    static final Path TEXTS = Path.of("src/test/resources/models/small-sources");
    private final WindowFixture fixture = new WindowFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.show(stage);
    }

    @AfterEach
    void stop() {
        fixture.tasks.close();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Window.getWindows().stream().filter(w -> w != stage)
                .filter(w -> w instanceof Stage).map(w -> (Stage) w).toList().forEach(Stage::close));
    }

    private String selectedTab() {
        return fixture.window.tabs().getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void tabsFiltersAndThemeHaveShortcuts(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        robot.clickOn("#comparisonTable");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(selectedTab()).isEqualTo("pointsTab");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(selectedTab()).isEqualTo("sourcesTab");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(selectedTab()).isEqualTo("comparisonTab");

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.explorer().applyCriteria(
                FilterCriteria.NONE.withThemes(Set.of("talent")).withSides(Set.of("ruritania"))));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(fixture.explorer().criteria()).isEqualTo(FilterCriteria.NONE);

        boolean dark = fixture.window.viewModel().darkThemeProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(fixture.window.viewModel().darkThemeProperty().get()).isEqualTo(!dark);
        assertThat(fixture.window.getScene().getFill()).as("no white frame in the dark theme")
                .isEqualTo(!dark ? org.parallax.ui.common.ThemeService.DARK_BACKGROUND
                        : org.parallax.ui.common.ThemeService.LIGHT_BACKGROUND);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(fixture.window.viewModel().darkThemeProperty().get()).isEqualTo(dark);
    }

    @Test
    void f1ListsEveryShortcutTheWindowBinds(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        robot.clickOn("#comparisonTable");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage shortcuts = fixture.window.shortcutsStage();
        assertThat(shortcuts).isNotNull();
        assertThat(shortcuts.isShowing()).isTrue();
        List<String> keys = fixture.window.shortcuts().stream().map(Shortcuts.Shortcut::keys).toList();
        assertThat(keys).contains(Shortcuts.tab(0).getDisplayText(), Shortcuts.tab(5).getDisplayText(),
                Shortcuts.CLEAR_FILTERS.getDisplayText(), Shortcuts.DARK_THEME.getDisplayText(),
                Shortcuts.FIND.getDisplayText(), Shortcuts.EXPORT.getDisplayText(), Shortcuts.OPEN.getDisplayText(),
                Shortcuts.ATTACH.getDisplayText(), "Alt+S", "F8", "Shift+F8", "F1");
        // every menu accelerator of the window is in the list
        List<String> accelerators = new java.util.ArrayList<>();
        ((javafx.scene.control.MenuBar) fixture.window.lookup("#menuBar")).getMenus().forEach(menu ->
                collect(menu.getItems(), accelerators));
        assertThat(keys).containsAll(accelerators);
        javafx.scene.control.TableView<?> table = robot.lookup("#shortcutsTable").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems()).hasSameSizeAs(keys);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shortcuts.isShowing()).isFalse();
    }

    private static void collect(List<javafx.scene.control.MenuItem> items, List<String> accelerators) {
        for (var item : items) {
            if (item instanceof javafx.scene.control.Menu menu) {
                collect(menu.getItems(), accelerators);
            } else if (item.getAccelerator() != null) {
                accelerators.add(item.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void aFramingCardsQuoteOpensInItsArticle(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        var workbench = fixture.window.workbench().viewModel();
        // without the texts the reader says which file is missing
        robot.doubleClickOn(".framing-quote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workbench.noticeProperty().get().isEmpty());
        assertThat(fixture.window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("workbenchTab");
        assertThat(workbench.noticeProperty().get()).contains("alpha.txt").contains("is missing");

        var attach = fixture.window.sourcesViewModel().attach(TEXTS.toAbsolutePath());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, attach::isDone);
        fixture.selectTab("comparisonTab");
        // the keyboard reaches a quote too: focus it and press Enter
        var quote = robot.lookup(".framing-quote").query();
        WaitForAsyncUtils.waitForAsyncFx(5000, quote::requestFocus);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        var reader = robot.lookup("#articleReader").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reader.getSelectedText().isEmpty());
        assertThat(fixture.window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("workbenchTab");
        assertThat(reader.getSelectedText())
                .isEqualTo("Labs in Ruritania train on about 2,000 accelerators, one engineer said.");
        assertThat(reader.getText()).startsWith("Alpha Weekly on the chip race.\nLabs in Ruritania");
        assertThat(workbench.noticeProperty().get()).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1024, 700, false", "1920, 1080, true"})
    void theProblemDialogShowsEveryProblemOfAFiveProblemModel(double width, double height, boolean dark,
                                                               FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            fixture.window.viewModel().darkThemeProperty().set(dark);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        fixture.open(FIVE_PROBLEMS);
        assertThat(fixture.dialogs.problemDialogs).hasSize(1);
        List<Problem> problems = fixture.dialogs.problemDialogs.get(0);
        assertThat(problems).hasSize(5);

        // the real dialog, as the window shows it
        WaitForAsyncUtils.asyncFx(() -> new FxDialogService(() -> stage).showProblems("Cannot open model",
                "five-problems.json has 5 problems.", problems));
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
        assertThat(dialog.isResizable()).isTrue();
        ProblemReport report = (ProblemReport) dialog.getScene().lookup("#problemReport");
        assertThat(report.text().isWrapText()).isTrue();
        for (Problem problem : problems) {
            assertThat(report.text().getText()).contains(problem.format());
        }
        assertThat(report.text().getText()).contains("(did you mean \"publisher\"?)");
        // selectable and copyable: read-only but not disabled
        assertThat(report.text().isEditable()).isFalse();
        assertThat(report.text().isDisabled()).isFalse();
        // it fits the window it opens over, and grows with its dialog
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(Math.max(width, 900));
        double before = report.text().getHeight();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> dialog.setHeight(dialog.getHeight() + 150));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report.text().getHeight()).isGreaterThan(before);
        WaitForAsyncUtils.waitForAsyncFx(5000, dialog::close);
    }
}
