package org.parallax.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.parallax.ui.ScriptedFiles;
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
import org.testfx.util.WaitForAsyncUtils;

/** The real main window with recording dialogs and scripted file choosers, and a copy of the bundled model. */
final class WorkbenchFixture {
    static final Path SEEDS = Path.of(System.getProperty("parallax.sources", "../shared/seeds"));

    final List<String> errors = new ArrayList<>();
    final TaskRunner tasks = new TaskRunner();
    MainWindow window;

    final DialogService dialogs = new DialogService() {
        @Override
        public void showProblems(String title, String header, List<Problem> problems) {
            errors.add(header + problems);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public SaveChoice askToSave(String title, String message) {
            return SaveChoice.DISCARD;
        }
    };

    final ScriptedFiles files = new ScriptedFiles();

    /** Call from @Start. */
    MainWindow show(Stage stage, WindowExtensions extensions) {
        ThemeService theme = new ThemeService();
        theme.apply(false);
        UiServices services = new UiServices(tasks, dialogs, files, text -> { },
                new AppPreferences(new MemoryPreferencesStore()), theme);
        window = new MainWindow(new MainViewModel(new ExplorerViewModel(), services, new ModelLoader()), extensions);
        window.install(stage);
        stage.show();
        return window;
    }

    WorkbenchViewModel workbench() {
        return window.workbench().viewModel();
    }

    WorkbenchView view() {
        return window.workbench().view();
    }

    ExplorerViewModel explorer() {
        return window.viewModel().explorer();
    }

    /** Waits until the workbench's background work is done and the FX thread has applied it. */
    void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !workbench().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The bundled model and its article texts copied into {@code folder} (model.json, sources/). */
    static Path copyBundledModel(Path folder) throws Exception {
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

    void open(Path modelFile) throws Exception {
        Task<?>[] open = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> open[0] = window.viewModel().open(modelFile)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> open[0].isDone()
                && !window.viewModel().loadingProperty().get());
        idle();
    }

    void selectTab(String id) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    String selectedTab() {
        return window.tabs().getSelectionModel().getSelectedItem().getId();
    }

    /** The reader's selection as code points {start, end}, read on the FX thread. */
    int[] readerSelection() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view().reader().selection()).get(5, TimeUnit.SECONDS);
    }
}
