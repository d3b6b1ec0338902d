package org.parallax.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Quote;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench's forms by keyboard: the first field has the focus, Enter submits, Esc cancels, and an error names
 * its field and puts the cursor there. Covers New comparison, Add article's metadata and the coding bar (Quote for
 * point).
 */
@ExtendWith(ApplicationExtension.class)
class FormsKeyboardTest {
    @TempDir
    Path folder;
    final WorkbenchFixture fixture = new WorkbenchFixture();
    Path model;

    @Start
    void start(Stage stage) {
        fixture.show(stage, WindowExtensions.defaults());
    }

    @BeforeEach
    void openSmallModel() throws Exception {
        model = folder.resolve("model.json");
        Files.copy(Path.of("src/test/resources/models/small.json"), model);
        Path sources = Files.createDirectories(folder.resolve("sources"));
        for (String name : new String[] {"alpha.txt", "beta.txt", "gamma.txt"}) {
            Files.copy(Path.of("src/test/resources/models/small-sources").resolve(name), sources.resolve(name));
        }
        fixture.open(model);
    }

    @AfterEach
    void stop() {
        fixture.tasks.close();
    }

    private String focused() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            Node owner = fixture.window.getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        }).get(5, TimeUnit.SECONDS);
    }

    private String formError(FxRobot robot, String scope) {
        Label error = robot.lookup(scope + " #formError").queryAs(Label.class);
        return error.isVisible() ? error.getText() : "";
    }

    private String codingError(FxRobot robot) {
        Label error = robot.lookup("#codingError").queryAs(Label.class);
        return error.isVisible() ? error.getText() : "";
    }

    private boolean formShown(FxRobot robot) {
        return !robot.lookup("#workbenchForms").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty();
    }

    @Test
    void newComparisonByKeyboard(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(focused()).isEqualTo("newTitle");
        robot.write("Chips and talent");
        robot.type(KeyCode.ENTER);
        assertThat(formError(robot, "#newComparisonForm")).startsWith("Sides:");
        assertThat(focused()).isEqualTo("newSides");
        robot.write("China, United States");
        robot.type(KeyCode.TAB).write("Compute");
        fixture.files.nextSave = folder.resolve("chips.json");
        robot.type(KeyCode.ENTER);
        fixture.idle();
        assertThat(formShown(robot)).isFalse();
        assertThat(fixture.workbench().model().title()).isEqualTo("Chips and talent");
        assertThat(fixture.workbench().model().sides()).extracting(s -> s.label())
                .containsExactly("China", "United States");
        assertThat(folder.resolve("chips.json")).exists();

        // Esc cancels a form that was opened again, and changes nothing
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(formShown(robot)).as("the form is shown again").isTrue();
        assertThat(focused()).isEqualTo("newTitle");
        robot.write("Not made");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(formShown(robot)).isFalse();
        assertThat(fixture.workbench().model().title()).isEqualTo("Chips and talent");
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void addArticleMetadataByKeyboard(FxRobot robot) throws Exception {
        Path article = Files.writeString(folder.resolve("delta.txt"), "Delta on chips.\n\nLabs buy chips abroad.\n");
        fixture.files.nextArticle = article;
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.workbench().addArticle());
        assertThat(focused()).isEqualTo("articleId");
        robot.write("Bad Id");
        robot.type(KeyCode.ENTER);
        assertThat(formError(robot, "#articleForm")).startsWith("id \"Bad Id\"");
        assertThat(focused()).isEqualTo("articleId");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(formShown(robot)).isFalse();
        assertThat(fixture.workbench().model().sources()).hasSize(3);

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.workbench().addArticle());
        assertThat(focused()).isEqualTo("articleId");
        robot.write("delta");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.workbench().model().source("delta")
                .isPresent());
        fixture.idle();
        assertThat(formShown(robot)).isFalse();
        assertThat(fixture.workbench().model().source("delta").orElseThrow().file()).isEqualTo("delta.txt");
    }

    @Test
    void quoteForPointByKeyboard(FxRobot robot) throws Exception {
        fixture.selectTab("workbenchTab");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.workbench().openArticle("alpha", false));
        fixture.idle();
        String text = Files.readString(folder.resolve("sources/alpha.txt"));
        String phrase = "rarely build tools in-house";
        int start = text.codePointCount(0, text.indexOf(phrase));
        int end = start + phrase.codePointCount(0, phrase.length());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            fixture.view().reader().select(start, end);
            fixture.view().reader().area().requestFocus();
        });
        // Enter in the reader with words selected: the coding bar's first field
        robot.type(KeyCode.ENTER);
        assertThat(focused()).isEqualTo("codePoint");
        robot.type(KeyCode.ENTER);
        assertThat(codingError(robot)).startsWith("Point:");
        assertThat(focused()).isEqualTo("codePoint");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            var chooser = fixture.view().pointChooser();
            chooser.setValue(chooser.getItems().stream().filter(p -> p.id().equals("students-lead")).findFirst()
                    .orElseThrow());
        });
        robot.type(KeyCode.ENTER);
        fixture.idle();
        assertThat(codingError(robot)).isEmpty();
        assertThat(fixture.workbench().model().point("students-lead").orElseThrow().framingOf("alpha")
                .orElseThrow().quotes()).contains(new Quote(phrase, start, end, null));

        // Esc in the coding bar clears what was typed and goes back to the reader
        robot.clickOn("#codeNewPoint").write("A new point");
        robot.type(KeyCode.ESCAPE);
        assertThat(fixture.view().lookup("#codeNewPoint")).satisfies(n ->
                assertThat(((javafx.scene.control.TextField) n).getText()).isEmpty());
        assertThat(focused()).isEqualTo("articleReader");
        assertThat(fixture.errors).isEmpty();
    }
}
