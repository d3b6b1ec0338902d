package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.ChangeLabel;
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;
import org.parallax.ui.common.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiffViewTest {
    private static final Model SMALL = load("src/test/resources/models/small.json");
    private static final Model BUNDLED = load("data/china-us-ai-labs.json");
    private Stage stage;

    private final TaskRunner tasks = new TaskRunner();
    private DiffViewModel viewModel;

    private static Model load(String file) {
        return new ModelLoader().load(Path.of(file)).modelIfValid()
                .orElseThrow(() -> new AssertionError(file + " does not load"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new DiffViewModel(new TextComparer(Lexicons.bundled()), tasks);
        stage.setScene(new Scene(new DiffView(viewModel).root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private void open(FxRobot robot, Model model, String pointId) throws TimeoutException {
        robot.interact(() -> viewModel.show(model, model.point(pointId).orElseThrow()));
        settle();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<Change> shownChanges(FxRobot robot) {
        return robot.lookup("#diffChanges").queryAs(ListView.class).getItems();
    }

    private static List<Text> texts(FxRobot robot, String flowId, String styleClass) {
        return robot.lookup(flowId).queryAs(TextFlow.class).getChildren().stream()
                .map(Text.class::cast).filter(text -> text.getStyleClass().contains(styleClass)).toList();
    }

    @Test
    void showsTheFigureDriftOfTheSmallModelWithStruckAndUnderlinedWords(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");

        assertThat(shownChanges(robot)).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo(ChangeLabel.FIGURE_DRIFT);
            assertThat(change.from()).isEqualTo("about 2,000");
            assertThat(change.to()).isEqualTo("roughly 5,000");
        });
        assertThat(shownChanges(robot)).extracting(Change::label)
                .contains(ChangeLabel.HEDGING, ChangeLabel.ATTRIBUTION);
        List<Text> deleted = texts(robot, "#diffFromText", DiffSegments.DELETED);
        assertThat(deleted).extracting(Text::getText).contains("about 2,000");
        assertThat(deleted).allSatisfy(text -> assertThat(text.isStrikethrough()).isTrue());
        List<Text> inserted = texts(robot, "#diffToText", DiffSegments.INSERTED);
        assertThat(inserted).extracting(Text::getText).contains("roughly 5,000");
        assertThat(inserted).allSatisfy(text -> assertThat(text.isUnderline()).isTrue());
        assertThat(texts(robot, "#diffInline", DiffSegments.DELETED)).extracting(Text::getText)
                .contains("about 2,000", ", one engineer said");
    }

    @Test
    void clickingAChangeMarksItsWords(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");
        assertThat(texts(robot, "#diffToText", DiffSegments.HIGHLIGHT)).isEmpty();

        robot.clickOn(robot.lookup("#diffChanges .list-cell").match(
                node -> ((javafx.scene.control.ListCell<?>) node).getText() != null
                        && ((javafx.scene.control.ListCell<?>) node).getText().startsWith("Hedging"))
                .queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, "#diffToText", DiffSegments.HIGHLIGHT)).extracting(Text::getText)
                .containsExactly("may");
    }

    @Test
    void swapDiffsTheOtherWayRound(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");
        String from = viewModel.fromSourceProperty().get().id();

        robot.clickOn("#diffSwap");
        settle();

        assertThat(viewModel.toSourceProperty().get().id()).isEqualTo(from);
        assertThat(shownChanges(robot)).filteredOn(change -> change.label() == ChangeLabel.FIGURE_DRIFT)
                .extracting(Change::from, Change::to)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        from.equals("alpha") ? "roughly 5,000" : "about 2,000",
                        from.equals("alpha") ? "about 2,000" : "roughly 5,000"));
    }

    @Test
    void choosingASilentSourceInThePickerSaysSo(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");

        robot.clickOn("#diffTo");
        robot.clickOn("Gamma Digest (silent on this point)");
        settle();

        assertThat(robot.lookup("#diffMessage").queryAs(Label.class).getText())
                .contains("\u201CGamma Digest\u201D is silent");
        assertThat(shownChanges(robot)).isEmpty();
    }

    @Test
    void aSilentSourceIsSaidSoAndNothingIsCompared(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "state-funding");

        assertThat(robot.lookup("#diffMessage").queryAs(Label.class).getText())
                .contains("is silent on the point").contains("nothing to compare");
        assertThat(shownChanges(robot)).isEmpty();
        assertThat(robot.lookup("#diffFromText").queryAs(TextFlow.class).getChildren()).isEmpty();
    }

    @Test
    void aRealFigureDriftOfTheBundledDataset(FxRobot robot) throws TimeoutException {
        open(robot, BUNDLED, "rl-environments-in-house");
        robot.clickOn(robot.lookup("#cell-blockbeats-translation-nerdheadz-blog").queryAs(Button.class));
        settle();

        assertThat(shownChanges(robot)).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo(ChangeLabel.FIGURE_DRIFT);
            assertThat(change.from()).contains("over $10 million");
            assertThat(change.to()).isEqualTo("tens of millions");
        });
    }

    @Test
    void theMatrixOfThreeArticlesOpensThePairOfACell(FxRobot robot) throws TimeoutException {
        open(robot, BUNDLED, "rl-environments-in-house");
        assertThat(robot.lookup("#diffMatrix").queryAs(javafx.scene.layout.GridPane.class).isVisible()).isTrue();

        robot.clickOn(robot.lookup("#cell-nerdheadz-blog-unsigned-rewrite").queryAs(Button.class));
        settle();

        assertThat(viewModel.fromSourceProperty().get().id()).isEqualTo("nerdheadz-blog");
        assertThat(viewModel.toSourceProperty().get().id()).isEqualTo("unsigned-rewrite");
        assertThat(shownChanges(robot)).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo(ChangeLabel.FIGURE_DRIFT);
            assertThat(change.from()).isEqualTo("tens of millions");
        });
    }

    @Test
    void theDefaultPairIsTheMostDifferent(FxRobot robot) throws TimeoutException {
        open(robot, BUNDLED, "rl-environments-in-house");
        var matrix = viewModel.matrixProperty().get();
        double shown = matrix.get(viewModel.fromSourceProperty().get().id(),
                viewModel.toSourceProperty().get().id());
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = i + 1; j < matrix.size(); j++) {
                assertThat(shown).isLessThanOrEqualTo(matrix.get(i, j));
            }
        }
    }

    @Test
    void matrixHeadersShowShortTitlesWithTheIdInATooltip(FxRobot robot) throws TimeoutException {
        open(robot, BUNDLED, "rl-environments-in-house");
        Label column = robot.lookup("#matrix-column-nerdheadz-blog").queryAs(Label.class);
        Label row = robot.lookup("#matrix-row-nerdheadz-blog").queryAs(Label.class);
        String title = BUNDLED.source("nerdheadz-blog").orElseThrow().title();
        assertThat(column.getText()).isNotEqualTo("nerdheadz-blog").isEqualTo(ShortTitles.of(title));
        assertThat(title).startsWith(column.getText().replace("\u2026", ""));
        assertThat(row.getText()).isEqualTo(column.getText());
        assertThat(column.getTooltip().getText()).contains(title).contains("nerdheadz-blog");
    }

    @Test
    void selectingAChangeScrollsItsWordsIntoView(FxRobot robot) throws TimeoutException {
        robot.interact(() -> stage.setHeight(330));
        open(robot, BUNDLED, "rl-environments-in-house");
        // the change whose words come first in the first text, while the passage is scrolled to its end
        Change first = shownChanges(robot).stream().filter(change -> !change.fromRanges().isEmpty())
                .min(java.util.Comparator.comparingInt(change -> change.fromRanges().get(0).start())).orElseThrow();
        ScrollPane scroll = robot.lookup("#diffFromScroll").queryAs(ScrollPane.class);
        assertThat(robot.lookup("#diffFromText").queryAs(TextFlow.class).getHeight())
                .as("the passage must be taller than its viewport for this test to mean anything")
                .isGreaterThan(scroll.getViewportBounds().getHeight());
        robot.interact(() -> scroll.setVvalue(1));

        robot.interact(() -> robot.lookup("#diffChanges").queryAs(ListView.class).getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();

        List<Text> marked = texts(robot, "#diffFromText", DiffSegments.HIGHLIGHT);
        assertThat(marked).isNotEmpty();
        javafx.geometry.Bounds words = marked.get(0).localToScene(marked.get(0).getBoundsInLocal());
        javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(scroll.getVvalue()).isLessThan(1);
        assertThat(words.getMinY()).isBetween(viewport.getMinY(), viewport.getMaxY());
    }
}
