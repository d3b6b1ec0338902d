package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
import org.parallax.ui.main.ModelPreload;
import org.parallax.ui.main.StartupModel;
import org.parallax.ui.main.StartupShell;
import org.parallax.ui.main.WindowExtensions;

/**
 * The desktop application: starts the startup model's load, then the JavaFX toolkit, shows a loading window at once
 * and builds the main window behind it (decision 0063). Arguments ({@link WindowArguments}): a model file or
 * {@code --model PATH} opens that model; {@code --exit-after-first-frame} exits 0 once a frame shows the populated
 * comparison table, and 1 when no model could be shown (the CI launch check).
 *
 * <p>Not a JavaFX {@code Application}: the load must start before the toolkit does, and {@code Application.launch}
 * gives no way to hand the started load to the instance it creates. {@link Platform#startup} starts the same
 * toolkit; closing the window ends it as before.
 */
public final class ParallaxApp {
    private static final Logger LOG = Logger.getLogger(ParallaxApp.class.getName());
    private final Optional<ModelPreload> preload;
    private final JavaPreferencesStore preferences;
    private final TaskRunner tasks = new TaskRunner();

    ParallaxApp(Optional<ModelPreload> preload, JavaPreferencesStore preferences) {
        this.preload = preload;
        this.preferences = preferences;
    }

    public static void main(String[] args) {
        // javafx:run passes only window arguments; anything else is ignored rather than run as a command
        WindowArguments arguments = WindowArguments.parse(List.of(args)).orElseGet(
                () -> new WindowArguments(Optional.empty(), Boolean.getBoolean("parallax.exitAfterFirstFrame")));
        start(arguments);
    }

    /** Starts the window with these arguments; returns at once (the toolkit keeps the process alive). */
    public static void start(WindowArguments arguments) {
        // preferences are read (they name the last model) and the load started off the main thread, which starts
        // the JavaFX toolkit at once; the FX thread takes them when it needs them, long after they are ready
        Optional<Path> model = arguments.model();
        FutureTask<ParallaxApp> prepared = new FutureTask<>(() -> {
            JavaPreferencesStore preferences = JavaPreferencesStore.fromSystemProperty();
            Optional<ModelPreload> preload = StartupModel.choose(model, new AppPreferences(preferences))
                    .map(where -> {
                        ModelPreload load = ModelPreload.prepare(where, ModelLoader::new);
                        if (ModelPreload.startsEarly(where)) {
                            load.begin(); // a large model: its load is the longest part of the startup
                        }
                        return load;
                    });
            return new ParallaxApp(preload, preferences);
        });
        TaskRunner.startEarly("startup", prepared);
        boolean exit = arguments.exitAfterFirstFrame();
        Platform.startup(() -> {
            try {
                prepared.get().start(new Stage(), exit);
            } catch (InterruptedException | ExecutionException failed) {
                throw new IllegalStateException("cannot read the preferences", failed);
            }
        });
    }

    /** Extension point for features built later (diff, export): they replace the defaults here. */
    WindowExtensions extensions() {
        return WindowExtensions.defaults().withExportAction(new ExportExtension())
                .withDiffTab(DiffTabFactory::create);
    }

    private void start(Stage stage, boolean exitAfterFirstFrame) {
        AppPreferences prefs = new AppPreferences(preferences);
        ThemeService theme = new ThemeService();
        theme.apply(prefs.darkTheme());
        Scene scene = StartupShell.show(stage, prefs, preload.map(p -> p.location().displayName()));
        FirstFrameExit exit = exitAfterFirstFrame ? new FirstFrameExit(scene) : null;
        if (exit != null) {
            exit.armFirstFrame();
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden -> stop());
        // a small model's load starts once the loading frame is laid out, so that frame does not share the two cores
        // with it (decision 0065); the main window is built after that frame, so it reaches the screen first
        StartupShell.afterFirstFrame(scene, () -> preload.ifPresent(ModelPreload::begin),
                () -> showMainWindow(stage, scene, prefs, theme, exit));
    }

    private void showMainWindow(Stage stage, Scene scene, AppPreferences prefs, ThemeService theme,
            FirstFrameExit exit) {
        UiServices services = new UiServices(tasks, new FxDialogService(() -> stage),
                new FxFileChooserService(() -> stage), new FxClipboardService(), prefs, theme);
        MainViewModel viewModel = new MainViewModel(new ExplorerViewModel(), services, new ModelLoader());
        MainWindow window = new MainWindow(viewModel, extensions());
        if (exit != null) {
            exit.armPopulated(window);
        }
        // a model already loaded is applied before the window's first CSS and layout pass
        preload.ifPresent(viewModel::adopt);
        window.install(stage, scene);
        window.workbench().viewModel().startAutosave(60); // issue 13: MODEL.json.autosave while unsaved
        QuoteCopyShortcut.install(scene, viewModel.explorer(), new QuoteCopier(new FxQuoteClipboard()));
        if (exit != null && preload.isEmpty()) {
            LOG.severe("launch check: no model to open");
            Platform.exit();
            System.exit(1);
        }
    }

    private void stop() {
        preferences.flush();
        tasks.close();
    }
}
