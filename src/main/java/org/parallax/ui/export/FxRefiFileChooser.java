package org.parallax.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;

/** The native chooser for a REFI-QDA file (.qdpx, .qdc, .qde). */
public final class FxRefiFileChooser implements RefiImportAction.RefiFileChooser {
    @Override
    public Optional<Path> chooseRefiFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import REFI-QDA project");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("REFI-QDA projects and codebooks", "*.qdpx", "*.qdc", "*.qde"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        chooser.setInitialDirectory(new File(System.getProperty("user.home")));
        return Optional.ofNullable(chooser.showOpenDialog(ExportExtension.focusedWindow())).map(File::toPath);
    }

    /** The action as the window wires it. */
    public static RefiImportAction forWindow(org.parallax.ui.common.UiServices services, java.util.function.Consumer<Path> open) {
        return new RefiImportAction(new FxRefiFileChooser(), services.files()::chooseSaveFile, services.dialogs(),
                services.tasks()::run, open);
    }
}
