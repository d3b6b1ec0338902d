package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import org.parallax.ui.common.DialogService;

/** The export's questions and errors, through the window's dialog service. */
public final class FxExportPrompts implements ExportPrompts {
    private final DialogService dialogs;

    public FxExportPrompts(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public boolean confirmOverwrite(Path target) {
        return confirm("Replace file?", target.getFileName() + " already exists in " + target.toAbsolutePath().getParent()
                + ".\nReplace it with this export?");
    }

    @Override
    public boolean confirmExportAllShown(int shownQuotes) {
        return confirm("Export all shown quotes?", String.format(Locale.ROOT,
                "No quotes are selected.\nExport all %,d quotes currently shown?", shownQuotes));
    }

    @Override
    public void showError(String title, String message) {
        dialogs.showError(title, message);
    }

    @Override
    public AfterExport exported(Path target, String summary) {
        int answer = dialogs.choose("Export", "Export written", summary + "\n" + target.toAbsolutePath(),
                java.util.List.of("Open file", "Open folder", "Close"));
        return answer == 0 ? AfterExport.OPEN_FILE : answer == 1 ? AfterExport.OPEN_FOLDER : AfterExport.CLOSE;
    }

    private boolean confirm(String header, String message) {
        return dialogs.confirm("Export", header, message);
    }
}
