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

    /** A question with OK and Cancel; true for OK. {@code header} is the question, {@code message} the details. */
    boolean confirm(String title, String header, String message);
}
