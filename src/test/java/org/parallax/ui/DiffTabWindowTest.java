package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.cli.ParallaxCommand;
import org.parallax.model.Source;
import org.parallax.ui.diff.DiffTabFactory;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Diff tab inside the real main window: it follows the selected point, steps through the changes by keyboard,
 * and shows what the command line's {@code diff --format json} says for the same pair.
 */
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

    private void selectPointAndOpenDiff(String pointId) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            PointRow row = fixture.explorer().points().stream().filter(r -> r.point().id().equals(pointId))
                    .findFirst().orElseThrow();
            fixture.explorer().selectedPointProperty().set(row);
        });
        fixture.selectTab("diffTab");
    }

    @SuppressWarnings("unchecked")
    private List<FramingChange> changesShown(FxRobot robot) throws Exception {
        ListView<FramingChange> list = robot.lookup("#diffChanges").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(list.getItems());
    }

    @SuppressWarnings("unchecked")
    private static String shownId(FxRobot robot, String combo) {
        return ((javafx.scene.control.ComboBox<Source>) robot.lookup(combo).query()).getValue().id();
    }

    private static JsonNode cliDiff(Path model, String point, String from, String to) throws Exception {
        StringWriter out = new StringWriter();
        int code = ParallaxCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "diff",
                model.toString(), "--point", point, "--from", from, "--to", to, "--format", "json");
        assertThat(code).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static String highlighted(FxRobot robot, String side) {
        StringBuilder marked = new StringBuilder();
        for (TextFlow flow : robot.lookup("#diffRows ." + side).queryAllAs(TextFlow.class)) {
            flow.getChildren().stream().map(Text.class::cast)
                    .filter(t -> t.getStyleClass().contains("diff-highlight") && !t.getStyleClass().contains("diff-caret"))
                    .forEach(t -> marked.append(t.getText()));
        }
        return marked.toString().strip();
    }

    @Test
    void steppingThroughTheChangesByKeyboardShowsWhatTheCommandLineSays(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        selectPointAndOpenDiff("accelerator-count");
        List<FramingChange> shown = changesShown(robot);
        JsonNode json = cliDiff(WindowFixture.SMALL, "accelerator-count", shownId(robot, "#diffFrom"),
                shownId(robot, "#diffTo"));
        assertThat(json.get("changes")).hasSameSizeAs(shown);

        robot.clickOn("#diffRows");
        for (JsonNode expected : json.get("changes")) {
            robot.type(KeyCode.F8);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(highlighted(robot, "diff-from")).isEqualTo(expected.get("from").asText());
            assertThat(highlighted(robot, "diff-to")).isEqualTo(expected.get("to").asText());
            assertThat(robot.lookup("#diffExplanation").queryAs(Label.class).getText())
                    .startsWith(expected.get("explanation").asText());
        }
    }

    @Test
    void theBundledDatasetShowsTheSameChangesAsTheCommandLine(FxRobot robot) throws Exception {
        Path bundled = Path.of("data", "china-us-ai-labs.json");
        fixture.open(bundled);
        // the first pair of framings (model order) on which the command line reports a change
        String[] pair = null;
        JsonNode json = null;
        search:
        for (var point : fixture.explorer().model().points()) {
            for (var from : point.framings()) {
                for (var to : point.framings()) {
                    if (from != to) {
                        json = cliDiff(bundled, point.id(), from.source(), to.source());
                        if (json.get("changes").size() > 0) {
                            pair = new String[] {point.id(), from.source(), to.source()};
                            break search;
                        }
                    }
                }
            }
        }
        assertThat(pair).as("a pair of the bundled model with a framing change").isNotNull();
        selectPointAndOpenDiff(pair[0]);
        String[] chosen = pair;
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            pick(robot, "#diffFrom", chosen[1]);
            pick(robot, "#diffTo", chosen[2]);
        });
        List<FramingChange> shown = changesShown(robot);

        List<String> cli = new ArrayList<>();
        json.get("changes").forEach(change -> cli.add(change.get("label").asText() + ":"
                + change.get("direction").asText() + ":" + change.get("from").asText() + "->" + change.get("to").asText()));
        assertThat(shown).extracting(c -> c.label().id() + ":" + c.direction().id() + ":" + c.from() + "->" + c.to())
                .containsExactlyElementsOf(cli);
    }

    @SuppressWarnings("unchecked")
    private static void pick(FxRobot robot, String combo, String sourceId) {
        var box = (javafx.scene.control.ComboBox<Source>) robot.lookup(combo).query();
        box.setValue(box.getItems().stream().filter(s -> s.id().equals(sourceId)).findFirst().orElseThrow());
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
