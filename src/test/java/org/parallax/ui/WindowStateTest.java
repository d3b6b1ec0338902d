package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window remembers, where it starts, and the export slot. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    private final WindowFixture fixture = new WindowFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.show(stage);
    }

    @Test
    void closingTheWindowRemembersItsBoundsAndDividers() {
        // the primary stage is shared by every TestFX test: close it without resizing it
        double[] size = new double[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            fixture.window.coverage(); // tabs are built on first use; only a built tab has dividers to remember
            size[0] = stage.getWidth();
            size[1] = stage.getHeight();
            stage.close();
        });
        assertThat(size[0]).isPositive();
        assertThat(fixture.store.get("windowBounds", "")).endsWith("," + size[0] + "," + size[1]);
        assertThat(fixture.store.get("dividers.mainSplit.comparisonTab", "")).matches("0\\.\\d+");
        assertThat(fixture.store.get("dividers.coverageSplit", "")).isNotEmpty();
    }

    @Test
    void darkThemeIsRememberedFromTheViewMenu(FxRobot robot) {
        robot.clickOn("View").clickOn("#menuDark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.store.get("darkTheme", "")).isEqualTo("true");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.viewModel().darkThemeProperty().set(false));
        assertThat(fixture.store.get("darkTheme", "")).isEqualTo("false");
    }

    @Test
    void ctrlEHandsTheTickedQuotesToTheExportAction(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.explorer().selection()
                .addAll(fixture.explorer().quotes().subList(0, 2)));
        robot.clickOn(fixture.window.points().table());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.infos).singleElement().asString().startsWith("2 quotes selected");
    }

    @Test
    void startupSkipsAVanishedLastModelAndOpensTheRequestedOne(@TempDir Path dir) throws Exception {
        fixture.store.put("lastModel", dir.resolve("gone.json").toString());
        Path requested = dir.resolve("requested.json");
        Files.copy(WindowFixture.SMALL, requested);
        MainViewModel viewModel = fixture.window.viewModel();
        WaitForAsyncUtils.asyncFx(() -> viewModel.startup(Optional.of(requested))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.locationProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the location is shown before the same FX step remembers it
        assertThat(viewModel.locationProperty().get().file()).isEqualTo(requested);
        assertThat(fixture.store.get("lastModel", "")).isEqualTo(requested.toAbsolutePath().toString());
    }

    @Test
    void startupWithoutARememberedModelFallsBackToTheDefaultOrTheBundledCopy() throws Exception {
        MainViewModel viewModel = fixture.window.viewModel();
        var task = WaitForAsyncUtils.asyncFx(() -> viewModel.startup(Optional.empty())).get(5, TimeUnit.SECONDS);
        assertThat(task).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.locationProperty().get() != null);
        var where = viewModel.locationProperty().get();
        assertThat(where.file() != null ? where.file() : Path.of(where.resource()))
                .asString().endsWith("china-us-ai-labs.json");
        assertThat(fixture.explorer().totalPoints()).isPositive();
    }

    @Test
    void anEmptyWindowOffersOpen(FxRobot robot) {
        assertThat(robot.lookup("#emptyState").query().isVisible()).isTrue();
        assertThat(robot.lookup("#emptyOpen").queryButton().getText()).startsWith("Open model");
        assertThat(robot.lookup("#filterCount").queryAs(Label.class).getText()).isEqualTo("0 of 0 points, 0 of 0 quotes");
    }
}
