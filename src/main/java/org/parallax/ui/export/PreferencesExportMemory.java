package org.parallax.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import org.parallax.ui.common.AppPreferences;

/** The last export's folder, kept in the preferences ({@code exportFolder}). */
public final class PreferencesExportMemory implements ExportMemory {
    private final AppPreferences preferences;

    public PreferencesExportMemory(AppPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Optional<Path> lastFolder() {
        return preferences.exportFolder();
    }

    @Override
    public void remember(Path folder) {
        preferences.setExportFolder(folder);
    }
}
