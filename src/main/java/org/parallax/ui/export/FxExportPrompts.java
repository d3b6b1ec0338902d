package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.parallax.ui.common.DialogService;

/** The export's questions as JavaFX confirmation alerts; errors go through the window's dialog service. */
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
        ButtonType openFile = new ButtonType("Open file", ButtonBar.ButtonData.YES);
        ButtonType openFolder = new ButtonType("Open folder", ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, summary + "\n" + target.toAbsolutePath(),
                openFile, openFolder, close);
        Window owner = ExportExtension.focusedWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Export");
        alert.setHeaderText("Export written");
        alert.setResizable(true);
        return alert.showAndWait().map(button -> button == openFile ? AfterExport.OPEN_FILE
                : button == openFolder ? AfterExport.OPEN_FOLDER : AfterExport.CLOSE).orElse(AfterExport.CLOSE);
    }

    private static boolean confirm(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        Window owner = ExportExtension.focusedWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Export");
        alert.setHeaderText(header);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
