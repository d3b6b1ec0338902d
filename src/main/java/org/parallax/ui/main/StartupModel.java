package org.parallax.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.ui.common.AppPreferences;

/**
 * Which model a new window opens: the requested one, else the last one opened (if it still exists), else
 * {@link MainViewModel#DEFAULT_MODEL} under the working directory, else the copy bundled in the jar, else none.
 */
public final class StartupModel {
    private StartupModel() {
    }

    public static Optional<ModelLocation> choose(Optional<Path> requested, AppPreferences preferences) {
        if (requested.isPresent()) {
            return Optional.of(ModelLocation.of(requested.get()));
        }
        Optional<Path> last = preferences.lastModel().filter(Files::isRegularFile);
        if (last.isPresent()) {
            return Optional.of(ModelLocation.of(last.get()));
        }
        if (Files.isRegularFile(MainViewModel.DEFAULT_MODEL)) {
            return Optional.of(ModelLocation.of(MainViewModel.DEFAULT_MODEL));
        }
        if (ModelLocation.bundledExists()) {
            return Optional.of(ModelLocation.bundled());
        }
        return Optional.empty();
    }
}
