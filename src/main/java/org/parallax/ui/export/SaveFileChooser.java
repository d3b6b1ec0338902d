package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file to write. Behind an interface because Monocle (headless tests) cannot open a native
 * FileChooser; the signature matches {@code FileChooserService.chooseSaveFile} so the window passes a method ref.
 */
@FunctionalInterface
public interface SaveFileChooser {
    /** {@code extension} without the dot; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder);
}
