package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;

/** Test doubles for the export's ports: a chooser that answers a fixed path, prompts that answer and record. */
final class FakeExportPorts implements SaveFileChooser, ExportPrompts, BackgroundTasks {
    Path chosen;
    boolean replace = true;
    boolean exportAllShown = true;
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder) {
        asked.add("choose " + suggestedName + " ." + extension);
        return Optional.ofNullable(chosen);
    }

    @Override
    public boolean confirmOverwrite(Path target) {
        asked.add("replace " + target.getFileName());
        return replace;
    }

    @Override
    public boolean confirmExportAllShown(int shownQuotes) {
        asked.add("export all " + shownQuotes);
        return exportAllShown;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    AfterExport afterExport = AfterExport.CLOSE;
    final List<String> told = new ArrayList<>();

    @Override
    public AfterExport exported(Path target, String summary) {
        told.add(summary + " " + target.getFileName());
        return afterExport;
    }

    @Override
    public <T> void run(Task<T> task) {
        Thread worker = new Thread(task, "test-export-task");
        worker.setDaemon(true);
        worker.start();
    }
}
