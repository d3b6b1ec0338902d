package org.parallax.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * The one place background work starts: every load, verification and export is a {@link Task} run here on daemon
 * threads; results come back on the FX thread through the task's own handlers ({@code setOnSucceeded}).
 */
public class TaskRunner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "parallax-task-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public <T> Task<T> run(Task<T> task) {
        task.exceptionProperty().addListener((observable, before, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "background task failed", failure);
            }
        });
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
