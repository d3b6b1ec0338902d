package org.parallax.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.ScriptedFiles;
import org.parallax.cli.ParallaxCommand;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.MemoryPreferencesStore;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.common.ThemeService;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.main.MainViewModel;
import org.parallax.ui.main.MainWindow;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End to end through the window: add an article, accept two proposals, code one quote by selection, undo and redo,
 * save, reopen: the file holds exactly the model the window showed, and it validates against the article texts.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    static final Path SEEDS = Path.of(System.getProperty("parallax.sources", "../shared/seeds"));
    static final Path ARTICLE = Path.of("src/test/resources/org/parallax/analysis/align/held-out-article.txt");

    @TempDir
    static Path folder;

    final List<String> errors = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    DialogService.SaveChoice saveChoice = DialogService.SaveChoice.DISCARD;
    final DialogService dialogs = new DialogService() {
        @Override
        public void showProblems(String title, String header, List<Problem> problems) {
            errors.add(header + problems);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public SaveChoice askToSave(String title, String message) {
            asked.add(message);
            return saveChoice;
        }
    };
    final ScriptedFiles files = new ScriptedFiles();
    MainWindow window;

    @Start
    void start(Stage stage) {
        ThemeService theme = new ThemeService();
        theme.apply(false);
        UiServices services = new UiServices(new TaskRunner(), dialogs, files, text -> { },
                new AppPreferences(new MemoryPreferencesStore()), theme);
        window = new MainWindow(new MainViewModel(new ExplorerViewModel(), services, new ModelLoader()),
                WindowExtensions.defaults());
        window.install(stage);
        stage.show();
    }

    private WorkbenchViewModel workbench() {
        return window.workbench().viewModel();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workbench().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path copyBundledModel() throws Exception {
        Path model = folder.resolve("model.json");
        Files.copy(Path.of("data/china-us-ai-labs.json"), model);
        Path sources = Files.createDirectories(folder.resolve("sources"));
        try (var seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, sources.resolve(seed.getFileName()));
            }
        }
        return model;
    }

    @Test
    void addAcceptCodeUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the article texts (../shared/seeds) are not beside the repository");
        Path modelFile = copyBundledModel();
        Task<?>[] open = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> open[0] = window.viewModel().open(modelFile)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> open[0].isDone()
                && !window.viewModel().loadingProperty().get());
        idle();
        Model opened = workbench().model();
        assertThat(opened.sources()).hasSize(4);

        // add an article through the menu and its metadata form
        Path article = Files.copy(ARTICLE, folder.resolve("week-in-the-labs.txt"));
        files.nextArticle = article;
        robot.clickOn("File").clickOn("#menuAddArticle");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#articleId").write("week-in-labs");
        robot.clickOn("#articleAuthor").write("Test Writer");
        robot.clickOn("#articleAdd");
        idle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workbench().queue().isEmpty());
        idle();
        assertThat(errors).isEmpty();
        assertThat(workbench().model().source("week-in-labs")).hasValueSatisfying(s -> {
            assertThat(s.file()).isEqualTo("week-in-labs.txt");
            assertThat(s.author()).isEqualTo("Test Writer");
        });
        assertThat(window.getScene().getWindow()).satisfies(w ->
                assertThat(((Stage) w).getTitle()).startsWith("\u2022 "));

        // accept two proposals with the keyboard
        List<ProposalRow> accepted = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                var list = window.workbench().view().queueList();
                int first = 0;
                while (list.getItems().get(first).isNewPoint()) {
                    first++;
                }
                list.getSelectionModel().select(first);
                list.requestFocus();
                accepted.add(list.getSelectionModel().getSelectedItem());
            });
            robot.type(KeyCode.A);
            idle();
        }
        Model afterAccepts = workbench().model();
        for (ProposalRow row : accepted) {
            Framing framing = afterAccepts.point(row.pointId()).orElseThrow().framingOf("week-in-labs").orElseThrow();
            assertThat(framing.quotes()).extracting(Quote::start).contains(row.quoteStart());
        }
        // every view shows them at once: the explorer's model is the workbench's
        assertThat(window.viewModel().explorer().model()).isSameAs(afterAccepts);

        // code one quote by selecting words in the reader
        String text = Files.readString(folder.resolve("sources/week-in-labs.txt"));
        String phrase = "Officials clearly want the industry to succeed";
        int start = text.codePointCount(0, text.indexOf(phrase));
        int end = start + phrase.codePointCount(0, phrase.length());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            window.workbench().view().reader().select(start, end);
            var chooser = window.workbench().view().pointChooser();
            chooser.setValue(chooser.getItems().stream().filter(p -> p.id().equals("government-support"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#quoteForPoint");
        idle();
        Model coded = workbench().model();
        Point government = coded.point("government-support").orElseThrow();
        assertThat(government.framingOf("week-in-labs").orElseThrow().quotes())
                .containsExactly(new Quote(phrase, start, end, null));

        String shots = System.getProperty("parallax.screenshots");
        if (shots != null) { // a picture of the tab for docs/workbench.md, on request only
            var image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(shots).resolve("workbench.png").toFile());
        }

        // undo and redo through the Edit menu
        robot.clickOn("Edit").clickOn("#menuUndo");
        idle();
        assertThat(workbench().model()).isEqualTo(afterAccepts);
        assertThat(workbench().model().point("government-support").orElseThrow().framingOf("week-in-labs")).isEmpty();
        robot.clickOn("Edit").clickOn("#menuRedo");
        idle();
        assertThat(workbench().model()).isEqualTo(coded);

        // save, then read the file back
        robot.clickOn("File").clickOn("#menuSave");
        idle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workbench().dirtyProperty().get());
        assertThat(((Stage) window.getScene().getWindow()).getTitle()).doesNotStartWith("\u2022");
        assertThat(errors).isEmpty();
        Model reopened = new ModelLoader().load(modelFile).model();
        assertThat(reopened).isEqualTo(window.viewModel().explorer().model());
        assertThat(folder.resolve("model.json.bak")).exists();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), "validate", modelFile.toString(),
                "--sources", folder.resolve("sources").toString());
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("valid: 5 sources");
    }

    @Test
    void unsavedChangesAreMarkedAutosavedAndGuardedBeforeAnotherModelOpens() throws Exception {
        Path small = folder.resolve("guarded.json");
        Files.copy(Path.of("src/test/resources/models/small.json"), small,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Task<?>[] open = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> open[0] = window.viewModel().open(small)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> open[0].isDone()
                && !window.viewModel().loadingProperty().get());
        idle();
        Stage stage = (Stage) window.getScene().getWindow();
        assertThat(stage.getTitle()).doesNotStartWith("\u2022");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> workbench().apply(
                new org.parallax.edit.StructureEdits.AddTheme(new org.parallax.model.Theme("energy", "Energy", null))));
        assertThat(stage.getTitle()).startsWith("\u2022 ");
        idle(); // the views' rows are rebuilt in the background
        assertThat(window.viewModel().explorer().model().theme("energy")).isPresent();

        assertThat(workbench().autosaveNow()).isTrue();
        Model autosaved = new ModelLoader().load(folder.resolve("guarded.json.autosave")).model();
        assertThat(autosaved.theme("energy")).isPresent();

        saveChoice = DialogService.SaveChoice.CANCEL;
        Task<?>[] refused = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> refused[0] = window.viewModel().open(Path.of("data/china-us-ai-labs.json")))
                .get(10, TimeUnit.SECONDS);
        idle();
        assertThat(refused[0]).as("Cancel keeps the open model").isNull();
        assertThat(asked).hasSize(1);
        assertThat(workbench().model().theme("energy")).isPresent();

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> workbench().undo());
        assertThat(stage.getTitle()).as("undone back to the saved model").doesNotStartWith("\u2022");
        assertThat(window.viewModel().mayClose()).isTrue();
        assertThat(asked).hasSize(1);
    }
}
