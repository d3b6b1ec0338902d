package org.parallax.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * The window's state: which model is open, loading in the background, recent files, the dark theme. A load that
 * fails shows its located problems and leaves the open model untouched.
 */
public final class MainViewModel {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());
    /** The model a fresh checkout opens, relative to the working directory. */
    public static final Path DEFAULT_MODEL = Path.of("data", "china-us-ai-labs.json");

    /** What a load task hands back to the FX thread. */
    public record Outcome(ModelLocation location, LoadResult result, ModelSnapshot snapshot) {
    }

    private final ExplorerViewModel explorer;
    private final UiServices services;
    private final ModelLoader loader;
    private final ReadOnlyObjectWrapper<ModelLocation> location = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ObjectProperty<Runnable> onFirstModel = new SimpleObjectProperty<>();
    private final StringBinding title;
    /** Issue 13: the workbench's unsaved changes (marked in the title) and its guard before another model opens. */
    private final BooleanProperty unsaved = new SimpleBooleanProperty();
    private java.util.function.BooleanSupplier openGuard = () -> true;

    public MainViewModel(ExplorerViewModel explorer, UiServices services, ModelLoader loader) {
        this.explorer = explorer;
        this.services = services;
        this.loader = loader;
        recentFiles.setAll(services.preferences().recentFiles());
        darkTheme.set(services.preferences().darkTheme());
        darkTheme.addListener((o, before, dark) -> {
            services.preferences().setDarkTheme(dark);
            services.theme().apply(dark);
        });
        title = Bindings.createStringBinding(() -> {
            String modelTitle = explorer.model().title();
            String mark = unsaved.get() ? "\u2022 " : "";
            return modelTitle.isBlank() ? mark + "Parallax" : mark + modelTitle + " \u2014 Parallax";
        }, explorer.snapshotProperty(), unsaved);
    }

    /**
     * Opens the first model that exists: the requested one, the last one, data/china-us-ai-labs.json, the bundled
     * copy. With none, the window stays empty and offers Open.
     */
    public Optional<Task<Outcome>> startup(Optional<Path> requested) {
        Optional<ModelLocation> first = StartupModel.choose(requested, services.preferences());
        if (first.isEmpty()) {
            LOG.info("no model to open at startup");
        }
        return first.map(this::open);
    }

    /**
     * Shows the model whose load began with the process. When it has already loaded (and is valid) it is applied
     * now, so the window's first frame is populated; otherwise a task waits for it off the FX thread and it is
     * applied like any other load (progress while waiting, problems and failures reported the same way).
     */
    public void adopt(ModelPreload preload) {
        Optional<Outcome> ready = preload.ifDone().filter(outcome -> outcome.snapshot() != null);
        if (ready.isPresent()) {
            apply(ready.get());
            return;
        }
        run(preload.location(), new LoadTask() {
            @Override
            protected Outcome call() throws Exception {
                updateMessage("Opening " + preload.location().displayName());
                updateProgress(-1, 1);
                return preload.await();
            }
        });
    }

    public Task<Outcome> open(Path file) {
        return open(ModelLocation.of(file));
    }

    /** Loads on a background task; the result is applied on the FX thread in {@link #apply(Outcome)}. */
    public Task<Outcome> open(ModelLocation where) {
        if (!openGuard.getAsBoolean()) {
            return null; // the user kept the unsaved changes
        }
        return run(where, new LoadTask() {
            @Override
            protected Outcome call() {
                updateProgress(-1, 1);
                return ModelOpening.load(where, loader, this::updateMessage, this::isCancelled);
            }
        });
    }

    /** A load's task: its message and progress show in the status bar. */
    private abstract static class LoadTask extends Task<Outcome> {
    }

    private Task<Outcome> run(ModelLocation where, LoadTask task) {
        loading.set(true);
        running.set(task);
        return services.tasks().task(task)
                .onSuccess(this::apply)
                .onFailure(failure -> {
                    loading.set(false);
                    services.dialogs().showError("Cannot open model", where.displayName() + ": "
                            + failure.getMessage());
                })
                .start();
    }

    private void apply(Outcome outcome) {
        if (outcome.snapshot() == null) {
            loading.set(false);
            List<Problem> problems = outcome.result().problems();
            services.dialogs().showProblems("Cannot open model",
                    outcome.location().displayName() + " has " + problems.size()
                            + (problems.size() == 1 ? " problem" : " problems")
                            + ". The model already open stays open.", problems);
            return;
        }
        explorer.show(outcome.snapshot());
        location.set(outcome.location());
        loading.set(false);
        if (outcome.location().file() != null) {
            services.preferences().setLastModel(outcome.location().file());
            recentFiles.setAll(services.preferences().addRecentFile(outcome.location().file()));
        }
        Runnable first = onFirstModel.get();
        if (first != null) {
            onFirstModel.set(null);
            first.run();
        }
    }

    /** Opens the first .json among dropped files; returns false when there is none. */
    public boolean openDropped(List<Path> files) {
        for (Path file : files) {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                open(file);
                return true;
            }
        }
        return false;
    }

    /** File > Open: asks for a file through the chooser port. */
    public void chooseAndOpen() {
        Path folder = location.get() != null && location.get().file() != null
                ? location.get().file().toAbsolutePath().getParent() : null;
        services.files().chooseModelFile(folder).ifPresent(this::open);
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public UiServices services() {
        return services;
    }

    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyObjectProperty<ModelLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The load in progress or last run (for its progress and message). */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** True while the open model has unsaved changes (issue 13's workbench sets it). */
    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    /** Asked before another model replaces the open one; false keeps the open one (unsaved changes). */
    public void setOpenGuard(java.util.function.BooleanSupplier guard) {
        this.openGuard = guard;
    }

    /** True when the open model may be closed or replaced (the guard asked about unsaved changes). */
    public boolean mayClose() {
        return openGuard.getAsBoolean();
    }

    /** The open model now lives in {@code file} (Save As, New comparison). */
    public void relocate(Path file) {
        location.set(ModelLocation.of(file));
        services.preferences().setLastModel(file);
        recentFiles.setAll(services.preferences().addRecentFile(file));
    }

    /** Runs once after the next model is shown (used by the launch smoke check). */
    public void setOnFirstModel(Runnable action) {
        onFirstModel.set(action);
    }
}
