package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Where the last export went, so the next one starts in the same folder (kept in the preferences). */
public interface ExportMemory {
    ExportMemory NONE = new ExportMemory() {
        @Override
        public Optional<Path> lastFolder() {
            return Optional.empty();
        }

        @Override
        public void remember(Path folder) {
            // nothing kept
        }
    };

    Optional<Path> lastFolder();

    void remember(Path folder);
}
