package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Alert;
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
