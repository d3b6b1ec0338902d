package org.parallax.ui.export;

import java.nio.file.Path;

/** The questions and messages of an export, behind an interface so tests answer them. */
public interface ExportPrompts {
    /** "quotes.csv exists. Replace it?"; true to replace. */
    boolean confirmOverwrite(Path target);

    /** Nothing is selected: "Export all N quotes currently shown?"; true to export them. */
    boolean confirmExportAllShown(int shownQuotes);

    void showError(String title, String message);
}
