package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Native file and folder choosers behind an interface (Monocle cannot open them; tests answer directly). */
public interface FileChooserService {

    Optional<Path> chooseModelFile(Path initialFolder);

    Optional<Path> chooseFolder(String title, Path initialFolder);

    /** A file to write, e.g. an export; {@code extension} without the dot. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path initialFolder);

    /** An article to add (issue 13): .txt, .md, .html, .docx or .pdf. Empty where the chooser cannot offer it. */
    default Optional<Path> chooseArticleFile(Path initialFolder) {
        return Optional.empty();
    }

    /** A REFI-QDA project or codebook to import (issue 17): .qdpx, .qdc or .qde. Empty where it cannot offer it. */
    default Optional<Path> chooseRefiFile(Path initialFolder) {
        return Optional.empty();
    }
}
