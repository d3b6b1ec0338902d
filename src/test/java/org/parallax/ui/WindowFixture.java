package org.parallax.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.parallax.io.ModelLoader;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.common.MemoryPreferencesStore;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.common.ThemeService;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.main.MainViewModel;
import org.parallax.ui.main.MainWindow;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real main window with fake ports, and loads models into it. */
final class WindowFixture {
    static final Path SMALL = Path.of("src/test/resources/models/small.json");

    final RecordingDialogService dialogs = new RecordingDialogService();
    final FakeFileChooser files = new FakeFileChooser();
    final MemoryPreferencesStore store = new MemoryPreferencesStore();
    final TaskRunner tasks = new TaskRunner();
    MainWindow window;

    /** Call from @Start. */
    MainWindow show(Stage stage) {
        return show(stage, WindowExtensions.defaults());
    }

    /** Call from @Start, with features plugged in (the Diff tab, export). */
    MainWindow show(Stage stage, WindowExtensions extensions) {
        ThemeService theme = new ThemeService();
        theme.apply(false);
        UiServices services = new UiServices(tasks, dialogs, files, text -> { }, new AppPreferences(store), theme);
        window = new MainWindow(new MainViewModel(new ExplorerViewModel(), services, new ModelLoader()),
                extensions);
        window.install(stage);
        stage.show();
        return window;
    }

    /** Opens a model through the window's own load path and waits until it is applied. */
    void open(Path file) throws Exception {
        Task<?>[] task = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> task[0] = window.viewModel().open(file)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a generated corpus of {@code sources} sources (600 quotes, 4 themes) into {@code folder} and opens it. */
    void openGenerated(Path folder, int sources, long seed) throws Exception {
        open(new org.parallax.io.generate.CorpusWriter().write(new org.parallax.io.generate.ModelGenerator()
                .generate(new org.parallax.io.generate.GeneratorSettings(600, sources, 4, seed)), folder, false));
    }

    /** Selects the tab with this id and waits until its view is laid out. */
    void selectTab(String id) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Debug aid: writes the scene as a PNG. */
    void snapshot(Path png) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
    }

    ExplorerViewModel explorer() {
        return window.viewModel().explorer();
    }
}
