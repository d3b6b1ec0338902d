package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.framing.FramingAnalyzer;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingLabel;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.io.AttachedSources;
import org.parallax.io.ModelLoader;
import org.parallax.io.SourceFolder;
import org.parallax.model.Model;
import org.parallax.ui.common.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Diff tab's view on its own: aligned rows, stepping through changes, swap, silence, matrix, articles mode. */
@ExtendWith(ApplicationExtension.class)
class DiffViewTest {
    private static final Model SMALL = load("src/test/resources/models/small.json");
    private static final Model BUNDLED = load("data/china-us-ai-labs.json");
    private static final Path SMALL_TEXTS = Path.of("src/test/resources/models/small-sources");

    private final TaskRunner tasks = new TaskRunner();
    private final SimpleObjectProperty<AttachedSources> texts = new SimpleObjectProperty<>();
    /** Tests that simulate an encoder that cannot load swap this before the first comparison. */
    private Supplier<FramingAnalyzer> analyzers = FramingAnalyzer::withSharedEncoder;
    private DiffViewModel viewModel;

    private static Model load(String file) {
        return new ModelLoader().load(Path.of(file)).modelIfValid()
                .orElseThrow(() -> new AssertionError(file + " does not load"));
    }

    @Start
    void start(Stage stage) {
        viewModel = new DiffViewModel(() -> analyzers.get(), new TextComparer(Lexicons.bundled()), tasks, texts);
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
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<FramingChange> shownChanges(FxRobot robot) {
        return robot.lookup("#diffChanges").queryAs(ListView.class).getItems();
    }

    /** The text runs of one side ("diff-from" or "diff-to") of every visible row that carry {@code styleClass}. */
    private static List<Text> runs(FxRobot robot, String side, String styleClass) {
        return robot.lookup("#diffRows ." + side).queryAllAs(TextFlow.class).stream()
                .flatMap(flow -> flow.getChildren().stream()).map(Text.class::cast)
                .filter(text -> text.getStyleClass().contains(styleClass)).toList();
    }

    /** The words marked as the selected change on one side (the caret of an empty side is not a word). */
    private static String marked(FxRobot robot, String side) {
        return joined(runs(robot, side, RowSegments.HIGHLIGHT).stream()
                .filter(text -> !text.getStyleClass().contains(RowSegments.CARET)).toList()).strip();
    }

    private static String joined(List<Text> texts) {
        return texts.stream().map(Text::getText).reduce("", String::concat);
    }

    @Test
    void aFigureDriftShowsAsStruckWordsInAAndUnderlinedWordsInB(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");

        assertThat(shownChanges(robot)).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo(FramingLabel.FIGURE_DRIFT);
            assertThat(change.from() + change.to()).contains("2,000").contains("5,000");
        });
        List<Text> struck = runs(robot, viewModel.fromSourceProperty().get().id().equals("alpha") ? "diff-from"
                : "diff-to", viewModel.fromSourceProperty().get().id().equals("alpha") ? RowSegments.DELETED
                : RowSegments.INSERTED);
        assertThat(joined(struck)).contains("2,000");
        assertThat(runs(robot, "diff-from", RowSegments.DELETED))
                .allSatisfy(text -> assertThat(text.isStrikethrough()).isTrue());
        assertThat(runs(robot, "diff-to", RowSegments.INSERTED))
                .allSatisfy(text -> assertThat(text.isUnderline()).isTrue());
        assertThat(robot.lookup(".diff-pair-similarity").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).matches("[01]\\.\\d\\d"));
    }

    @Test
    void f8StepsThroughTheChangesMarkingTheirWordsOnBothSidesWithTheirExplanation(FxRobot robot)
            throws TimeoutException {
        open(robot, SMALL, "accelerator-count");
        List<FramingChange> changes = List.copyOf(shownChanges(robot));
        assertThat(changes).hasSizeGreaterThanOrEqualTo(2);
        robot.clickOn("#diffRows");

        for (FramingChange expected : changes) {
            robot.type(KeyCode.F8);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(viewModel.selectedChangeProperty().get()).isEqualTo(expected);
            assertThat(marked(robot, "diff-from")).isEqualTo(expected.from());
            assertThat(marked(robot, "diff-to")).isEqualTo(expected.to());
            assertThat(robot.lookup("#diffExplanation").queryAs(Label.class).getText())
                    .startsWith(expected.explanation());
        }
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedChangeProperty().get()).isEqualTo(changes.get(changes.size() - 2));
    }

    @Test
    void altSSwapsAAndB(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");
        String from = viewModel.fromSourceProperty().get().id();
        String to = viewModel.toSourceProperty().get().id();

        robot.clickOn("#diffRows");
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        settle();

        assertThat(viewModel.fromSourceProperty().get().id()).isEqualTo(to);
        assertThat(viewModel.toSourceProperty().get().id()).isEqualTo(from);
        assertThat(robot.lookup("#diffFromHeading").queryAs(Label.class).getText())
                .isEqualTo("A \u00B7 " + SMALL.shortName(to));
    }

    @Test
    void twoQuotesNeverRunTogetherAndTheirBoundaryIsDrawn(FxRobot robot) throws TimeoutException {
        Model model = BUNDLED;
        String pointId = model.points().stream()
                .filter(p -> p.framings().stream().filter(f -> f.quotes().size() >= 2).count() >= 1
                        && p.framings().size() >= 2)
                .findFirst().orElseThrow().id();
        open(robot, model, pointId);
        robot.interact(() -> {
            var point = model.point(pointId).orElseThrow();
            var many = point.framings().stream().filter(f -> f.quotes().size() >= 2).findFirst().orElseThrow();
            var other = point.framings().stream().filter(f -> f != many).findFirst().orElseThrow();
            viewModel.openPair(many.source(), other.source());
        });
        settle();

        assertThat(runs(robot, "diff-from", RowSegments.BOUNDARY)).isNotEmpty();
        assertThat(runs(robot, "diff-from", RowSegments.BOUNDARY))
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualTo(RowSegments.BOUNDARY_MARK));
    }

    @Test
    void aSilentSourceIsSaidSoAndNothingIsCompared(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "state-funding");

        assertThat(robot.lookup("#diffMessage").queryAs(Label.class).getText())
                .contains("is silent on the point").contains("nothing to compare");
        assertThat(shownChanges(robot)).isEmpty();
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void theMatrixOfThreeArticlesOpensThePairOfACell(FxRobot robot) throws TimeoutException {
        open(robot, BUNDLED, "rl-environments-in-house");
        assertThat(robot.lookup("#diffMatrix").queryAs(javafx.scene.layout.GridPane.class).isVisible()).isTrue();

        robot.clickOn(robot.lookup("#cell-nerdheadz-blog-unsigned-rewrite").queryAs(Button.class));
        settle();

        assertThat(viewModel.fromSourceProperty().get().id()).isEqualTo("nerdheadz-blog");
        assertThat(viewModel.toSourceProperty().get().id()).isEqualTo("unsigned-rewrite");
        assertThat(viewModel.rows()).isNotEmpty();
        assertThat(robot.lookup("#matrix-column-nerdheadz-blog").queryAs(Label.class).getText())
                .isEqualTo(BUNDLED.shortName("nerdheadz-blog"));
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
    void wholeArticlesNeedTheirTextsAndAreThenAlignedPassageByPassage(FxRobot robot) throws TimeoutException {
        open(robot, SMALL, "accelerator-count");
        robot.interact(() -> viewModel.modeProperty().set(DiffViewModel.Mode.ARTICLES));
        settle();
        assertThat(robot.lookup("#diffMessage").queryAs(Label.class).getText()).contains("is not attached");
        assertThat(viewModel.rows()).isEmpty();

        robot.interact(() -> texts.set(SourceFolder.attach(SMALL_TEXTS, SMALL)));
        settle();

        assertThat(viewModel.comparisonProperty().get().fromText())
                .isEqualTo(texts.get().text(viewModel.fromSourceProperty().get().id()).orElseThrow().text());
        assertThat(viewModel.rows()).filteredOn(DiffRow::isAligned).hasSizeGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#diffMessage").queryAs(Label.class).getText()).contains("aligned passage");
    }

    @Test
    void anEncoderThatCannotLoadLeavesAWordDiffAndIsSaidOnce(FxRobot robot) throws TimeoutException {
        analyzers = () -> FramingAnalyzer.of(EncoderLoad.failed("no native library for this platform", 0));
        open(robot, SMALL, "accelerator-count");

        Node notice = robot.lookup("#diffEncoderNotice").query();
        assertThat(notice.isVisible()).isTrue();
        assertThat(((Label) notice).getText()).contains("words only").contains("no native library");
        assertThat(shownChanges(robot)).extracting(FramingChange::label).contains(FramingLabel.FIGURE_DRIFT);
    }
}
