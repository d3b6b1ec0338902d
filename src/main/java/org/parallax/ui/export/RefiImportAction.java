package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.parallax.io.exchange.ImportError;
import org.parallax.io.exchange.ImportResult;
import org.parallax.io.exchange.ImportWriter;
import org.parallax.io.exchange.RefiImporter;
import org.parallax.ui.common.DialogService;

/**
 * File > Import REFI-QDA project...: asks for the .qdpx (or .qdc), then where to save the model (its texts go to
 * {@code sources/} beside it), imports in the background, opens the new model and lists what could not be placed.
 * The choosers, dialogs and task runner are ports, so a headless test drives the whole path.
 */
public final class RefiImportAction {
    /** Asks for the REFI-QDA file to import; empty when the user cancels. */
    @FunctionalInterface
    public interface RefiFileChooser {
        Optional<Path> chooseRefiFile();
    }

    private final RefiFileChooser openChooser;
    private final SaveFileChooser saveChooser;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<Path> openModel;

    public RefiImportAction(RefiFileChooser openChooser, SaveFileChooser saveChooser, DialogService dialogs,
                            BackgroundTasks tasks, Consumer<Path> openModel) {
        this.openChooser = openChooser;
        this.saveChooser = saveChooser;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.openModel = openModel;
    }

    /** Runs the import; returns the task, or null when the user cancelled a chooser. */
    public Task<ImportResult> run() {
        Optional<Path> file = openChooser.chooseRefiFile();
        if (file.isEmpty()) {
            return null;
        }
        String name = file.get().getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json";
        Optional<Path> target = saveChooser.chooseSaveFile("Save the imported model", name, "json",
                file.get().toAbsolutePath().getParent());
        if (target.isEmpty()) {
            return null;
        }
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws Exception {
                ImportResult result = new RefiImporter().importFile(file.get());
                if (result.isEmpty()) {
                    throw new ImportError(file.get() + " holds no codes and no sources: nothing to import");
                }
                // the save chooser asked before replacing the model; texts of the same names are replaced too
                new ImportWriter().write(result, target.get(), true);
                return result;
            }
        };
        task.setOnSucceeded(event -> {
            ImportResult result = task.getValue();
            openModel.accept(target.get());
            dialogs.showInformation("Import", summary(result, target.get()));
        });
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            dialogs.showError("Import failed", failure == null || failure.getMessage() == null
                    ? "The file could not be imported." : failure.getMessage());
        });
        tasks.run(task);
        return task;
    }

    static String summary(ImportResult result, Path target) {
        var model = result.model();
        StringBuilder text = new StringBuilder("Imported " + model.themes().size() + " themes, "
                + model.points().size() + " points, " + model.sources().size() + " sources and "
                + model.quoteCount() + " quotes into " + target.getFileName() + ".");
        List<String> lines = new java.util.ArrayList<>(result.notices());
        lines.addAll(result.problems());
        if (!lines.isEmpty()) {
            text.append("\n\n").append(result.problems().size()).append(result.problems().size() == 1
                    ? " problem" : " problems").append(" (selections are named by GUID):");
            for (String line : lines.subList(0, Math.min(12, lines.size()))) {
                text.append("\n- ").append(line);
            }
            if (lines.size() > 12) {
                text.append("\n- ... and ").append(lines.size() - 12).append(" more (parallax import lists them all)");
            }
        }
        return text.toString();
    }
}
