package org.parallax.ui.common;

import java.nio.file.Path;

/** Opens a file or folder in the desktop's application for it (behind an interface so tests record instead). */
@FunctionalInterface
public interface FileOpener {
    FileOpener NONE = path -> { };

    void open(Path fileOrFolder);
}
