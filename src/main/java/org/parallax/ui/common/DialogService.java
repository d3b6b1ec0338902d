package org.parallax.ui.common;

import java.util.List;
import org.parallax.io.Problem;

/** Every dialog the window shows goes through here, so tests can substitute a recording fake. */
public interface DialogService {

    /** A file that could not be used: its located problems, one per line (file:line:col, kind, path, message). */
    void showProblems(String title, String header, List<Problem> problems);

    void showError(String title, String message);

    void showInformation(String title, String message);
}
