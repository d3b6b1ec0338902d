package org.parallax.ui.export;

import org.parallax.io.export.QuotePlaces;
import org.parallax.ui.common.FileOpener;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AtomicFileWriter;
import org.parallax.model.Model;

/**
 * File > Export selected... (Ctrl+E): exports the selected quotes; with nothing selected, offers to export every
 * quote currently shown; with nothing shown, says so. Opens the {@link ExportDialog}.
 */
public final class ExportSelectedAction {
    private final SaveFileChooser chooser;
    private final ExportPrompts prompts;
    private final BackgroundTasks tasks;
    private final AtomicFileWriter files;
    private final ExportMemory memory;
    private final FileOpener opener;
    private final QuotePlaces places;

    public ExportSelectedAction(SaveFileChooser chooser, ExportPrompts prompts, BackgroundTasks tasks,
                                AtomicFileWriter files) {
        this(chooser, prompts, tasks, files, ExportMemory.NONE, FileOpener.NONE, QuotePlaces.NONE);
    }

    /** With the last export's folder, a way to open what was written, and the article texts' paragraphs. */
    public ExportSelectedAction(SaveFileChooser chooser, ExportPrompts prompts, BackgroundTasks tasks,
                                AtomicFileWriter files, ExportMemory memory, FileOpener opener, QuotePlaces places) {
        this.memory = memory;
        this.opener = opener;
        this.places = places;
        this.chooser = chooser;
        this.prompts = prompts;
        this.tasks = tasks;
        this.files = files;
    }

    /** The quotes to export, or empty when there is nothing to export or the user declined. */
    public Optional<List<QuoteRow>> chooseRows(Collection<QuoteRow> selected, List<QuoteRow> shown) {
        if (!selected.isEmpty()) {
            return Optional.of(List.copyOf(selected));
        }
        if (shown.isEmpty()) {
            prompts.showError("Export", "No quotes are shown. Clear some filters first.");
            return Optional.empty();
        }
        return prompts.confirmExportAllShown(shown.size()) ? Optional.of(List.copyOf(shown)) : Optional.empty();
    }

    /** Opens the dialog for the chosen quotes; returns its view-model, or empty when nothing is exported. */
    public Optional<ExportDialogViewModel> open(Window owner, Model model, Collection<QuoteRow> selected,
                                                List<QuoteRow> shown) {
        if (model == null) {
            return Optional.empty();
        }
        return chooseRows(selected, shown).map(rows -> {
            ExportDialogViewModel viewModel = new ExportDialogViewModel(model, rows, chooser, prompts, tasks, files,
                    memory, opener, places);
            new ExportDialog(owner, viewModel).show();
            return viewModel;
        });
    }
}
