package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parallax.ui.common.FileChooserService;

/** The chooser for a REFI-QDA file (.qdpx, .qdc, .qde), through the window's file chooser service. */
public final class FxRefiFileChooser implements RefiImportAction.RefiFileChooser {
    private final FileChooserService files;

    public FxRefiFileChooser(FileChooserService files) {
        this.files = files;
    }

    @Override
    public Optional<Path> chooseRefiFile() {
        return files.chooseOpenFile("Import REFI-QDA project", "REFI-QDA projects and codebooks",
                List.of("*.qdpx", "*.qdc", "*.qde"), Path.of(System.getProperty("user.home")));
    }

    /** The action as the window wires it. */
    public static RefiImportAction forWindow(org.parallax.ui.common.UiServices services, java.util.function.Consumer<Path> open) {
        return new RefiImportAction(new FxRefiFileChooser(services.files()), services.files()::chooseSaveFile,
                services.dialogs(), services.tasks()::run, open);
    }
}
