package org.parallax.ui.export;

import javafx.concurrent.Task;

/** Runs a task off the FX thread (the window passes its task runner: {@code taskRunner::run}). */
@FunctionalInterface
public interface BackgroundTasks {
    <T> void run(Task<T> task);
}
