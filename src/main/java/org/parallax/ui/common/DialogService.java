package org.parallax.ui.common;

import java.util.List;
import org.parallax.io.Problem;

/**
 * Every dialog the window shows goes through here (decision 0081; ArchitectureTest keeps it so), so tests can
 * substitute a recording fake. File and folder choosers are its companion {@link FileChooserService}; both are made
 * with the window that owns their dialogs.
 */
public interface DialogService {

    /** A file that could not be used: its located problems, one per line (file:line:col, kind, path, message). */
    void showProblems(String title, String header, List<Problem> problems);

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** The answers to "save the unsaved changes?" (issue 13). */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /**
     * Asks whether to save unsaved changes before they would be lost (closing, opening another model). The default
     * answer keeps them: a service that cannot ask never discards anyone's work.
     */
    default SaveChoice askToSave(String title, String message) {
        return SaveChoice.CANCEL;
    }

    /** Asks a yes/no question (restore an autosave, overwrite a file changed on disk); the default is no. */
    default boolean confirm(String title, String message) {
        return false;
    }

    /**
     * A question with OK and Cancel; true for OK. {@code header} is the question, {@code message} the details. The
     * default asks through {@link #confirm(String, String)}.
     */
    default boolean confirm(String title, String header, String message) {
        return confirm(title, header + "\n" + message);
    }

    /**
     * A message with a choice of buttons, {@code options} in order, the last one the way out (Close, Cancel); the
     * index of the one pressed, the last when the dialog is closed. The default answers the last.
     */
    default int choose(String title, String header, String message, java.util.List<String> options) {
        return options.size() - 1;
    }
}
