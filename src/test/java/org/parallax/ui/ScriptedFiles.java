package org.parallax.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.parallax.ui.common.FileChooserService;

/** A file chooser for window tests: answers with the file a test set next, and nothing where none is set. */
public final class ScriptedFiles implements FileChooserService {
    /** What "save as" / "export to" answers next; null: the user cancels. */
    public Path nextSave;
    /** What "add article" answers next; null: the user cancels. */
    public Path nextArticle;

    @Override
    public Optional<Path> chooseModelFile(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder) {
        return Optional.ofNullable(nextSave);
    }

    @Override
    public Optional<Path> chooseArticleFile(Path initialFolder) {
        return Optional.ofNullable(nextArticle);
    }
}
