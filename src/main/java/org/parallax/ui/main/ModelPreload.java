package org.parallax.ui.main;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.parallax.io.ModelLoader;

/**
 * The startup model's load, begun as the process starts, before the JavaFX toolkit and the window exist: reading,
 * parsing, validating and indexing run on their own daemon thread while the toolkit starts and the window is built
 * (decision 0063). The window then {@linkplain MainViewModel#adopt adopts} it like any other load.
 */
public final class ModelPreload {
    private final ModelLocation location;
    private final FutureTask<MainViewModel.Outcome> work;

    private ModelPreload(ModelLocation location, FutureTask<MainViewModel.Outcome> work) {
        this.location = location;
        this.work = work;
    }

    /** Starts loading now on a new daemon thread. */
    public static ModelPreload start(ModelLocation where, ModelLoader loader) {
        FutureTask<MainViewModel.Outcome> work = new FutureTask<>(
                () -> ModelOpening.load(where, loader, message -> { }, () -> false));
        Thread thread = new Thread(work, "parallax-preload");
        thread.setDaemon(true);
        thread.start();
        return new ModelPreload(where, work);
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
        try {
            return work.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
