package org.parallax.ui.common;

/**
 * The ports every view-model may need, passed by constructor: background tasks, dialogs, file choosers, the
 * clipboard, preferences and the theme. The app wires the real ones; tests pass fakes.
 */
public record UiServices(TaskRunner tasks, DialogService dialogs, FileChooserService files,
                         ClipboardService clipboard, AppPreferences preferences, ThemeService theme) {
}
