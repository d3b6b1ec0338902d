package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.ChangeLabel;
import org.parallax.ui.diff.DiffTabFactory;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Diff tab inside the real main window: it follows the selected point. */
@ExtendWith(ApplicationExtension.class)
class DiffTabWindowTest {
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage, WindowExtensions.defaults().withDiffTab(DiffTabFactory::create));
    }

    @AfterEach
    void stop() {
        fixture.tasks.close();
    }

    private void selectPointAndOpenDiff(String pointId) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            PointRow row = fixture.explorer().points().stream().filter(r -> r.point().id().equals(pointId))
                    .findFirst().orElseThrow();
            fixture.explorer().selectedPointProperty().set(row);
            fixture.window.tabs().getSelectionModel().select(fixture.window.tabs().getTabs().stream()
                    .filter(tab -> "diffTab".equals(tab.getId())).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<Change> changesShown(FxRobot robot) throws Exception {
        ListView<Change> list = robot.lookup("#diffChanges").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return list.getItems();
    }

    @SuppressWarnings("unchecked")
    private static List<Change> changesShownNow(FxRobot robot) {
        return robot.lookup("#diffChanges").queryAs(ListView.class).getItems();
    }

    @Test
    void theSelectedPointOfTheSmallModelShowsItsFigureDrift(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        selectPointAndOpenDiff("accelerator-count");

        assertThat(changesShown(robot)).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo(ChangeLabel.FIGURE_DRIFT);
            assertThat(change.from() + " -> " + change.to()).isIn("about 2,000 -> roughly 5,000",
                    "roughly 5,000 -> about 2,000");
        });
        assertThat(robot.lookup("#diffView").tryQuery()).isPresent();
    }

    @Test
    void theBundledDatasetShowsARealFigureDrift(FxRobot robot) throws Exception {
        fixture.open(Path.of("data", "china-us-ai-labs.json"));
        selectPointAndOpenDiff("rl-environments-in-house");
        changesShown(robot);
        robot.clickOn("#cell-blockbeats-translation-nerdheadz-blog");
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> changesShownNow(robot).stream()
                .anyMatch(change -> change.label() == ChangeLabel.FIGURE_DRIFT
                        && change.to().equals("tens of millions")));
        assertThat(changesShown(robot)).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo(ChangeLabel.FIGURE_DRIFT);
            assertThat(change.from()).contains("over $10 million");
            assertThat(change.to()).isEqualTo("tens of millions");
        });
    }

    @Test
    void aPointMadeByOneArticleSaysTheOthersAreSilent(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        selectPointAndOpenDiff("state-funding");

        Label message = robot.lookup("#diffMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("silent"));
        assertThat(message.getText()).contains("is silent on the point \u201CThe state funds compute\u201D");
    }
}
