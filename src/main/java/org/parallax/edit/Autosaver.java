package org.parallax.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parallax.model.Model;

/**
 * Writes {@code MODEL.json.autosave} every so often while there are unsaved changes, on a daemon thread of its own
 * (never the FX thread). {@code snapshot} gives the model to write, or null when nothing is unsaved; it is called on
 * the autosave thread, so it must be safe there (the window hands over an immutable model it published).
 */
public final class Autosaver implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    /** The file to autosave beside and the model to write, or null when nothing is unsaved. */
    public record Snapshot(Path modelFile, Model model) {
    }

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread autosave = new Thread(run, "parallax-autosave");
        autosave.setDaemon(true);
        return autosave;
    });
    private final ModelSaver saver;
    private final Supplier<Snapshot> snapshot;
    private final Consumer<String> failed;
    private ScheduledFuture<?> schedule;
    private Model lastWritten;

    public Autosaver(ModelSaver saver, Supplier<Snapshot> snapshot, Consumer<String> failed) {
        this.saver = saver;
        this.snapshot = snapshot;
        this.failed = failed;
    }

    public synchronized void start(long period, TimeUnit unit) {
        if (schedule == null) {
            schedule = thread.scheduleWithFixedDelay(this::autosaveNow, period, period, unit);
        }
    }

    /** Writes the autosave now when there is something new to write; returns whether it wrote. */
    public synchronized boolean autosaveNow() {
        Snapshot now = snapshot.get();
        if (now == null || now.modelFile() == null || now.model() == null || now.model() == lastWritten) {
            return false;
        }
        try {
            saver.autosave(now.model(), now.modelFile());
            lastWritten = now.model();
            return true;
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "autosave failed", failure);
            failed.accept("Autosave to " + ModelSaver.autosaveOf(now.modelFile()) + " failed: " + failure.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void close() {
        thread.shutdownNow();
    }
}
