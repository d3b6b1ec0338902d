package org.parallax.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;

/**
 * Opens a file or folder with the platform's opener ({@code xdg-open}, {@code open}, {@code explorer}) in a
 * background task, never on the FX thread; a failure is reported through the dialog service.
 */
public final class DesktopFileOpener implements FileOpener {
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public DesktopFileOpener(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    @Override
    public void open(Path fileOrFolder) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                new ProcessBuilder(command(fileOrFolder.toAbsolutePath().toString()))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return null;
            }
        };
        task.setOnFailed(e -> dialogs.showError("Cannot open " + fileOrFolder.getFileName(),
                "No application could be started for " + fileOrFolder + ": " + task.getException().getMessage()));
        tasks.run(task);
    }

    static List<String> command(String path) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer", path);
        }
        if (os.contains("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }
}
