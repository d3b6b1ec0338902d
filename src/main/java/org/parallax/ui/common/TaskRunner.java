package org.parallax.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The one place where work changes threads (decision 0080; ArchitectureTest keeps it so): every load,
 * verification, comparison and export is a {@link Task} run here on daemon threads, and every hop back to the FX
 * thread goes through here too. Nothing else in the code calls {@code Platform.runLater} or {@code new Thread}.
 *
 * <p>A task is described with the builder, as Cryptomator's {@code Tasks} and JabRef's {@code BackgroundTask} do:
 * <pre>{@code
 * tasks.task(() -> SourceFolder.attach(folder, model))
 *      .onSuccess(attached::set)                      // on the FX thread
 *      .onFailure(failure -> dialogs.showError(...))  // on the FX thread; also logged
 *      .andFinally(() -> busy.set(false))             // on the FX thread, after either
 *      .start();
 * }</pre>
 * A {@link Task} subclass that reports progress or checks {@code isCancelled()} goes to {@link #run(Task)} or
 * {@link #task(Task)}.
 */
public class TaskRunner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());
    private static final AtomicInteger STARTUP_THREADS = new AtomicInteger();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "parallax-task-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Runs the task on a background thread; its own handlers ({@code setOnSucceeded}) run on the FX thread. */
    public <T> Task<T> run(Task<T> task) {
        task.exceptionProperty().addListener((observable, before, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "background task failed", failure);
            }
        });
        executor.execute(task);
        return task;
    }

    /** A task of {@code work} (run off the FX thread), to be given handlers and started. */
    public <T> Builder<T> task(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new Builder<>(this, new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        });
    }

    /** A task of its own making (progress, messages, cancellation), to be given handlers and started. */
    public <T> Builder<T> task(Task<T> task) {
        return new Builder<>(this, Objects.requireNonNull(task, "task"));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Runs {@code action} on the FX thread, later (after the current pulse when called there). */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    /**
     * {@code work}'s result computed on the FX thread: at once when called there, else handed to it and awaited
     * (for callers off the FX thread, tests among them, that need a node built).
     */
    public static <V> V onFxThread(Callable<V> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException | Error unchecked) {
                throw unchecked;
            } catch (Exception checked) {
                throw new IllegalStateException(checked);
            }
        }
        FutureTask<V> call = new FutureTask<>(work);
        Platform.runLater(call);
        try {
            return call.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(cause);
        }
    }

    /**
     * Starts {@code work} on a daemon thread of its own: only for start-up work that runs before the JavaFX toolkit
     * and the window's runner exist (reading preferences, the early model load).
     */
    public static void startEarly(String name, Runnable work) {
        Thread thread = new Thread(work, "parallax-" + name + "-" + STARTUP_THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /** Handlers for one task; each runs on the FX thread. {@link #start()} runs the task on the runner. */
    public static final class Builder<T> {
        private final TaskRunner runner;
        private final Task<T> task;
        private Consumer<? super T> onSuccess = value -> { };
        private Consumer<? super Throwable> onFailure = failure -> { };
        private Runnable andFinally = () -> { };

        private Builder(TaskRunner runner, Task<T> task) {
            this.runner = runner;
            this.task = task;
        }

        /** With the task's result, when it succeeds. */
        public Builder<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = Objects.requireNonNull(action);
            return this;
        }

        /** With what the task threw, when it fails (it is logged as well). */
        public Builder<T> onFailure(Consumer<? super Throwable> action) {
            this.onFailure = Objects.requireNonNull(action);
            return this;
        }

        /** After the success or failure handler, or when the task is cancelled. */
        public Builder<T> andFinally(Runnable action) {
            this.andFinally = Objects.requireNonNull(action);
            return this;
        }

        /** Runs the task in the background and returns it (to cancel it, or to bind to its progress). */
        public Task<T> start() {
            // one ending only: a task cancelled while it works can still throw (an interrupted sleep), and JavaFX
            // then reports it failed after it reported it cancelled
            java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
            task.setOnSucceeded(done -> {
                if (ended.compareAndSet(false, true)) {
                    try {
                        onSuccess.accept(task.getValue());
                    } finally {
                        andFinally.run();
                    }
                }
            });
            task.setOnFailed(failed -> {
                if (ended.compareAndSet(false, true)) {
                    try {
                        if (!task.isCancelled()) { // the throw of a task cancelled meanwhile is no failure
                            onFailure.accept(task.getException());
                        }
                    } finally {
                        andFinally.run();
                    }
                }
            });
            task.setOnCancelled(cancelled -> {
                if (ended.compareAndSet(false, true)) {
                    andFinally.run();
                }
            });
            return runner.run(task);
        }
    }
}
