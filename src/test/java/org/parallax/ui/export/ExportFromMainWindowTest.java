package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.ScriptedFiles;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
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
import org.parallax.ui.QuoteTicks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export and copy from the real main window: tick three quotes, Ctrl+E, CSV, choose a file, Export; Ctrl+C. */
@ExtendWith(ApplicationExtension.class)
class ExportFromMainWindowTest {
    @TempDir
    Path folder;

    private final FakeExportPorts prompts = new FakeExportPorts();
    private final List<String[]> clipboard = new ArrayList<>();
    private final TaskRunner tasks = new TaskRunner();
    private final ScriptedFiles files = new ScriptedFiles();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ThemeService theme = new ThemeService();
        theme.apply(false);
        DialogService dialogs = new DialogService() {
            @Override
            public void showProblems(String title, String header, List<Problem> problems) {
                prompts.errors.add(title + ": " + header);
            }

            @Override
            public void showError(String title, String message) {
                prompts.errors.add(title + ": " + message);
            }

            @Override
            public void showInformation(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String header, String message) {
                throw new AssertionError("the export's questions go to its own prompts here: " + header);
            }
        };
        UiServices services = new UiServices(tasks, dialogs, files, text -> { },
                new AppPreferences(new MemoryPreferencesStore()), theme);
        window = new MainWindow(new MainViewModel(new ExplorerViewModel(), services, new ModelLoader()),
                WindowExtensions.defaults().withExportAction(new ExportExtension(s -> prompts)));
        var scene = window.install(stage);
        QuoteCopyShortcut.install(scene, window.viewModel().explorer(),
                new QuoteCopier((plain, html) -> clipboard.add(new String[] {plain, html})));
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    private void openSmallModel() throws Exception {
        Task<?>[] task = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> task[0] = window.viewModel().open(Path.of("src/test/resources/models/small.json")))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> "quotesTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }


    private void tickRows(FxRobot robot, int... rows) {
        TableView<QuoteRow> table = window.quotes().table();
        for (int row : rows) {
            robot.clickOn(QuoteTicks.at(table, row)); // a tick redraws the cells: look each box up afresh
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void exportsExactlyTheThreeTickedQuotes(FxRobot robot) throws Exception {
        openSmallModel();
        tickRows(robot, 5, 0, 3);
        assertThat(window.viewModel().explorer().selectedQuotes()).hasSize(3);
        Path target = folder.resolve("three.csv");
        files.nextSave = target;

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#exportFormat");
        robot.clickOn("CSV");
        robot.clickOn("#exportChoose");
        robot.clickOn("#exportRun");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target)
                && robot.lookup("#exportRun").tryQuery().isEmpty());

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(target, StandardCharsets.UTF_8))).getRecords();
        assertThat(records).extracting(r -> r.get("point") + "/" + r.get("source")).containsExactly(
                "accelerator-count/alpha", "students-lead/alpha", "data-vendors/alpha");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target); // no temp file left
        }
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void nothingTickedOffersEveryShownQuote(FxRobot robot) throws Exception {
        openSmallModel();
        prompts.exportAllShown = false;
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompts.asked).containsExactly("export all 7");
        assertThat(robot.lookup("#exportRun").tryQuery()).isEmpty(); // declined: no dialog
    }

    @Test
    void ctrlCCopiesTheTickedQuotesAsTextAndHtml(FxRobot robot) throws Exception {
        openSmallModel();
        tickRows(robot, 2, 1);
        robot.interact(() -> window.quotes().table().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)[0]).startsWith("“Ruritanian labs may train on roughly 5,000 accelerators.”\n"
                + "— Beta Review notes, Beta Review;").contains("\n\n“Ruritania's government funds compute");
        assertThat(clipboard.get(0)[1]).startsWith("<blockquote><p>Ruritanian labs").contains("<cite>Gamma Digest</cite>");
    }
}
