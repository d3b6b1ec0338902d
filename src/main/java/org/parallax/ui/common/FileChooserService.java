package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Native file and folder choosers behind an interface (Monocle cannot open them; tests answer directly). */
public interface FileChooserService {

    Optional<Path> chooseModelFile(Path initialFolder);

    Optional<Path> chooseFolder(String title, Path initialFolder);

    /**
     * A file to open of a kind other than a model: {@code description} and glob {@code patterns} ({@code "*.qdpx"})
     * name the kind. The default answers nothing (a port that cannot ask).
     */
    default Optional<Path> chooseOpenFile(String title, String description, java.util.List<String> patterns,
                                          Path initialFolder) {
        return Optional.empty();
    }

    /** A file to write, e.g. an export; {@code extension} without the dot. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder);

    /** An article to add (issue 13): .txt, .md, .html, .docx or .pdf. Empty where the chooser cannot offer it. */
    default Optional<Path> chooseArticleFile(Path initialFolder) {
        return Optional.empty();
    }
}
