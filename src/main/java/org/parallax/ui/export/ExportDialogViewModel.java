package org.parallax.ui.export;

import org.parallax.io.export.QuotePlaces;
import org.parallax.ui.common.FileOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.export.ExportFormat;
import org.parallax.io.export.ExportWriter;
import org.parallax.io.export.QuoteExporter;
import org.parallax.model.Model;

/**
 * The export dialog's state: which quotes, the format, the BOM option, the destination, a live preview of the
 * first lines, and the running export's progress. Never touches a control. The preview and the export run as
 * background tasks; their results are applied on the FX thread by the tasks' handlers.
 */
public final class ExportDialogViewModel {
    /** Lines shown in the preview. */
    public static final int PREVIEW_LINES = 16;

    private final Model model;
    private final List<QuoteRow> rows;
    private final SaveFileChooser chooser;
    private final ExportPrompts prompts;
    private final BackgroundTasks tasks;
    private final AtomicFileWriter files;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.MD);
    private final BooleanProperty bom = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> destination = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canExport;
    private int previewGeneration;
    private final ExportMemory memory;
    private final FileOpener opener;
    private final QuotePlaces places;

    public ExportDialogViewModel(Model model, List<QuoteRow> rows, SaveFileChooser chooser, ExportPrompts prompts,
                                 BackgroundTasks tasks, AtomicFileWriter files) {
        this(model, rows, chooser, prompts, tasks, files, ExportMemory.NONE, FileOpener.NONE, QuotePlaces.NONE);
    }

    /**
     * With {@code memory}, the destination starts in the folder of the last export and each export remembers its
     * folder; {@code opener} opens the file or folder when the user asks after the export; {@code places} lets
     * citations name paragraphs (the attached article texts).
     */
    public ExportDialogViewModel(Model model, List<QuoteRow> rows, SaveFileChooser chooser, ExportPrompts prompts,
                                 BackgroundTasks tasks, AtomicFileWriter files, ExportMemory memory,
                                 FileOpener opener, QuotePlaces places) {
        this.memory = memory;
        this.opener = opener;
        this.places = places;
        this.model = model;
        this.rows = List.copyOf(rows);
        this.chooser = chooser;
        this.prompts = prompts;
        this.tasks = tasks;
        this.files = files;
        this.canExport = Bindings.createBooleanBinding(() -> destination.get() != null && !running.get(),
                destination, running);
        format.addListener((observable, before, now) -> {
            swapExtension(before, now);
            refreshPreview();
        });
        bom.addListener(observable -> refreshPreview());
        memory.lastFolder().ifPresent(folder -> destination.set(folder.resolve("quotes." + format.get().extension())));
        refreshPreview();
    }

    /**
     * Sets the destination from a typed path ({@code ~} is the home folder; a relative path is taken from the last
     * export's folder, else the home folder). Blank or unusable text clears it (Export is then disabled) and says why.
     */
    public void typeDestination(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            destination.set(null);
            status.set("");
            return;
        }
        try {
            String home = System.getProperty("user.home");
            if (typed.equals("~") || typed.startsWith("~/")) {
                typed = home + typed.substring(1);
            }
            Path path = Path.of(typed);
            if (!path.isAbsolute()) {
                path = memory.lastFolder().orElse(Path.of(home)).resolve(path);
            }
            destination.set(path.normalize());
            status.set("");
        } catch (java.nio.file.InvalidPathException invalid) {
            destination.set(null);
            status.set("Not a usable file name: " + invalid.getReason());
        }
    }

    /** When the destination still has the old format's extension, give it the new one. */
    private void swapExtension(ExportFormat before, ExportFormat now) {
        Path target = destination.get();
        if (target == null || before == null || now == null) {
            return;
        }
        String name = target.getFileName().toString();
        String oldSuffix = "." + before.extension();
        if (name.toLowerCase(Locale.ROOT).endsWith(oldSuffix)) {
            destination.set(target.resolveSibling(name.substring(0, name.length() - oldSuffix.length())
                    + "." + now.extension()));
        }
    }

    /** Issue 17: where a REFI-QDA project export finds the article texts (the attached folder), or null. */
    private Path textsFolder;

    public void setTextsFolder(Path folder) {
        this.textsFolder = folder;
    }

    private QuoteExporter exporter() {
        return QuoteExporter.of(format.get(), bom.get(), places);
    }

    private void refreshPreview() {
        int generation = ++previewGeneration;
        if (!format.get().isText()) { // issue 17: files, not text streams
            preview.set(ExchangeFormats.describe(format.get(), rows.size()));
            return;
        }
        QuoteExporter exporter = exporter();
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return ExportWriter.preview(exporter, model, rows, PREVIEW_LINES);
            }
        };
        task.setOnSucceeded(event -> {
            if (generation == previewGeneration) { // a later change wins over a slower earlier preview
                preview.set(task.getValue().replace("\uFEFF", ""));
            }
        });
        tasks.run(task);
    }

    /** Asks for the destination file; keeps the current one when the user cancels. */
    public void chooseDestination() {
        Path current = destination.get();
        Path folder = current == null ? memory.lastFolder().orElse(null) : current.toAbsolutePath().getParent();
        String suggested = current == null ? "quotes." + format.get().extension() : current.getFileName().toString();
        chooser.chooseSaveFile("Export quotes", suggested, format.get().extension(), folder)
                .ifPresent(destination::set);
    }

    /**
     * Starts the export in the background, after asking before replacing an existing file. Returns the task,
     * or null when nothing was started (no destination, already running, or the user declined).
     */
    public Task<Integer> export() {
        Path target = destination.get();
        if (target == null || running.get()) {
            return null;
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            prompts.showError("Export", "The folder " + folder + " does not exist. Choose another place.");
            return null;
        }
        if (Files.isDirectory(target)) {
            prompts.showError("Export", target + " is a folder. Choose a file name.");
            return null;
        }
        if (Files.exists(target) && !prompts.confirmOverwrite(target)) {
            return null;
        }
        ExportFormat chosen = format.get();
        QuoteExporter exporter = chosen.isText() ? exporter() : null;
        Path texts = textsFolder;
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                if (exporter == null) { // issue 17: xlsx, html, docx, qdpx, qdc
                    ExchangeFormats.write(chosen, model, rows, places, texts, files, target);
                    return rows.size();
                }
                new ExportWriter(files).toFile(target, exporter, model, rows,
                        (written, total) -> updateProgress(written, Math.max(total, 1)));
                return rows.size();
            }
        };
        progress.bind(task.progressProperty());
        running.set(true);
        status.set("Exporting " + countText() + "\u2026");
        task.setOnSucceeded(event -> {
            memory.remember(folder);
            String summary = "Exported " + countText() + " to " + target.getFileName() + ".";
            finish(summary, true);
            switch (prompts.exported(target, summary)) {
                case OPEN_FILE -> opener.open(target);
                case OPEN_FOLDER -> opener.open(folder);
                case CLOSE -> { }
            }
        });
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            String why = failure == null || failure.getMessage() == null ? String.valueOf(failure) : failure.getMessage();
            finish("Export failed; nothing was changed at " + target.getFileName() + ".", false);
            prompts.showError("Export failed", "Could not write " + target + ":\n" + why
                    + "\nAny earlier file at that path is unchanged.");
        });
        task.setOnCancelled(event -> finish("Export cancelled; nothing was changed.", false));
        tasks.run(task);
        return task;
    }

    private void finish(String message, boolean succeeded) {
        progress.unbind();
        progress.set(succeeded ? 1 : 0);
        running.set(false);
        status.set(message);
        done.set(succeeded);
    }

    public String countText() {
        return rows.size() == 1 ? "1 quote" : String.format(Locale.ROOT, "%,d quotes", rows.size());
    }

    public List<QuoteRow> rows() {
        return rows;
    }

    public int quoteCount() {
        return rows.size();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    public ObjectProperty<Path> destinationProperty() {
        return destination;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once an export has finished writing its file. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
