package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.parallax.io.ModelLoader;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.common.FxClipboardService;
import org.parallax.ui.common.FxDialogService;
import org.parallax.ui.common.FxFileChooserService;
import org.parallax.ui.common.JavaPreferencesStore;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.common.ThemeService;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.diff.DiffTabFactory;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.export.ExportExtension;
import org.parallax.ui.export.FxQuoteClipboard;
import org.parallax.ui.export.QuoteCopier;
import org.parallax.ui.export.QuoteCopyShortcut;
import org.parallax.ui.main.MainViewModel;
import org.parallax.ui.main.MainWindow;
import org.parallax.ui.main.WindowExtensions;

/**
 * The JavaFX application: wires the real services and opens the main window. Arguments: {@code --model PATH}
 * (or {@code -Dparallax.model=PATH}, since {@code java -jar} with arguments runs the CLI) opens that model; {@code --exit-after-first-frame} (or {@code -Dparallax.exitAfterFirstFrame=true}) exits 0 once
 * the first frame shows the populated comparison table, and 1 when no model could be shown (the CI launch check).
 */
public class ParallaxApp extends Application {
    private static final Logger LOG = Logger.getLogger(ParallaxApp.class.getName());
    private TaskRunner tasks;
    private JavaPreferencesStore preferences;

    public static void main(String[] args) {
        launch(ParallaxApp.class, args);
    }

    /** Extension point for features built later (diff, export): they replace the defaults here. */
    protected WindowExtensions extensions() {
        return WindowExtensions.defaults().withExportAction(new ExportExtension())
                .withDiffTab(DiffTabFactory::create);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Optional<Path> requested = Optional.ofNullable(System.getProperty("parallax.model")).map(Path::of);
        boolean exitAfterFirstFrame = Boolean.getBoolean("parallax.exitAfterFirstFrame");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--model") && i + 1 < args.size()) {
                requested = Optional.of(Path.of(args.get(++i)));
            } else if (args.get(i).equals("--exit-after-first-frame")) {
                exitAfterFirstFrame = true;
            }
        }
        tasks = new TaskRunner();
        preferences = JavaPreferencesStore.fromSystemProperty();
        AppPreferences prefs = new AppPreferences(preferences);
        ThemeService theme = new ThemeService();
        theme.apply(prefs.darkTheme());
        UiServices services = new UiServices(tasks, new FxDialogService(() -> stage),
                new FxFileChooserService(() -> stage), new FxClipboardService(), prefs, theme);
        MainViewModel viewModel = new MainViewModel(new ExplorerViewModel(), services, new ModelLoader());
        MainWindow window = new MainWindow(viewModel, extensions());
        var scene = window.install(stage);
        QuoteCopyShortcut.install(scene, viewModel.explorer(), new QuoteCopier(new FxQuoteClipboard()));
        if (exitAfterFirstFrame) {
            new FirstFrameExit(window, scene).arm();
        }
        stage.show();
        var started = viewModel.startup(requested);
        if (exitAfterFirstFrame && started.isEmpty()) {
            LOG.severe("launch check: no model to open");
            Platform.exit();
            System.exit(1);
        }
    }

    @Override
    public void stop() {
        if (preferences != null) {
            preferences.flush();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
