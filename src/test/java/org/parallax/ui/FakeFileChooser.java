package org.parallax.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.parallax.ui.common.FileChooserService;

/** Answers choosers with preset paths. */
final class FakeFileChooser implements FileChooserService {
    Path nextFile;
    Path nextFolder;

    @Override
    public Optional<Path> chooseModelFile(Path initialFolder) {
        return Optional.ofNullable(nextFile);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.ofNullable(nextFolder);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder) {
        return Optional.ofNullable(nextFile);
    }
}
