package org.parallax.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.parallax.io.ModelLoader;
import org.parallax.ui.common.TaskRunner;

/**
 * The startup model's load: chosen as the process starts (decision 0063) and begun once the loading window's first
 * frame is laid out (decision 0065), so reading, parsing, validating and indexing run on their own daemon thread
 * while the main window is built rather than while the toolkit starts. The window then
 * {@linkplain MainViewModel#adopt adopts} it like any other load.
 */
public final class ModelPreload {
    private final ModelLocation location;
    private final FutureTask<MainViewModel.Outcome> work;
    /** Models up to this size load in less time than the main window takes to build (~1 MB: ~2,500 quotes). */
    public static final long EARLY_START_BYTES = 1L << 20;
    private boolean begun;

    private ModelPreload(ModelLocation location, FutureTask<MainViewModel.Outcome> work) {
        this.location = location;
        this.work = work;
    }

    /** Starts loading now on a new daemon thread. */
    public static ModelPreload start(ModelLocation where, ModelLoader loader) {
        ModelPreload preload = prepare(where, () -> loader);
        preload.begin();
        return preload;
    }

    /**
     * A load of {@code where} that starts when {@link #begin()} is called; the loader is made on the loading
     * thread, so its set-up (Jackson's) is part of the load too.
     */
    public static ModelPreload prepare(ModelLocation where, Supplier<ModelLoader> loader) {
        FutureTask<MainViewModel.Outcome> work = new FutureTask<>(
                () -> ModelOpening.load(where, loader.get(), message -> { }, () -> false));
        return new ModelPreload(where, work);
    }

    /**
     * Whether a load of {@code where} should begin with the process rather than after the loading frame: a model
     * file over {@link #EARLY_START_BYTES} takes longer to load than the main window takes to build, so its load,
     * not the window, is what the user waits for (decision 0065). Call off the FX thread.
     */
    public static boolean startsEarly(ModelLocation where) {
        try {
            return where.file() != null && Files.size(where.file()) > EARLY_START_BYTES;
        } catch (IOException unreadable) {
            return false; // the load itself reports the problem
        }
    }

    /** Starts the load on a new daemon thread, unless it has been started already. */
    public synchronized void begin() {
        if (!begun) {
            begun = true;
            TaskRunner.startEarly("preload", work);
        }
    }

    public ModelLocation location() {
        return location;
    }

    /** Whether the load has finished (successfully or not). */
    public boolean isDone() {
        return work.isDone();
    }

    /** The outcome if the load has finished, without waiting (safe on the FX thread). */
    Optional<MainViewModel.Outcome> ifDone() {
        if (!work.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } catch (ExecutionException | InterruptedException failed) {
            return Optional.empty(); // a failure is reported by the task that awaits it
        }
    }

    /** Waits for the outcome; call off the FX thread. A failure of the load is rethrown as it was thrown. */
    MainViewModel.Outcome await() throws Exception {
        begin(); // a load nobody started yet would never finish
        try {
            return work.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
