package org.parallax.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The typed settings Parallax remembers between runs. */
public final class AppPreferences {
    static final int MAX_RECENT = 8;
    private final PreferencesStore store;

    public AppPreferences(PreferencesStore store) {
        this.store = store;
    }

    public Optional<Path> lastModel() {
        return path("lastModel");
    }

    public void setLastModel(Path file) {
        store.put("lastModel", file.toAbsolutePath().toString());
    }

    public List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        for (String line : store.get("recentFiles", "").split("\n")) {
            if (!line.isBlank()) {
                recent.add(Path.of(line));
            }
        }
        return recent;
    }

    /** Puts the file first in the recent list, without duplicates, keeping at most {@value #MAX_RECENT}. */
    public List<Path> addRecentFile(Path file) {
        Set<Path> recent = new LinkedHashSet<>();
        recent.add(file.toAbsolutePath());
        recent.addAll(recentFiles());
        List<Path> kept = new ArrayList<>(recent).subList(0, Math.min(MAX_RECENT, recent.size()));
        store.put("recentFiles", String.join("\n", kept.stream().map(Path::toString).toList()));
        return List.copyOf(kept);
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(store.get("darkTheme", "false"));
    }

    public void setDarkTheme(boolean dark) {
        store.put("darkTheme", Boolean.toString(dark));
    }

    public Optional<Path> attachedFolder() {
        return path("attachedFolder");
    }

    public void setAttachedFolder(Path folder) {
        store.put("attachedFolder", folder.toAbsolutePath().toString());
    }

    /** Window x, y, width, height, or empty when never saved. */
    /** The folder the last export was written to. */
    public Optional<Path> exportFolder() {
        return path("exportFolder");
    }

    public void setExportFolder(Path folder) {
        store.put("exportFolder", folder.toAbsolutePath().toString());
    }

    public Optional<double[]> windowBounds() {
        return numbers("windowBounds", 4);
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        store.put("windowBounds", x + "," + y + "," + width + "," + height);
    }

    public Optional<double[]> dividers(String splitId) {
        return numbers("dividers." + splitId, -1);
    }

    public void setDividers(String splitId, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double position : positions) {
            text.append(text.length() == 0 ? "" : ",").append(position);
        }
        store.put("dividers." + splitId, text.toString());
    }

    private Optional<Path> path(String key) {
        String value = store.get(key, "");
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private Optional<double[]> numbers(String key, int expected) {
        String value = store.get(key, "");
        if (value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.split(",");
        if (expected >= 0 && parts.length != expected) {
            return Optional.empty();
        }
        double[] numbers = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException corrupt) {
            return Optional.empty();
        }
        return Optional.of(numbers);
    }
}
