package org.parallax.ui.export;

import java.nio.file.Path;

/** The questions and messages of an export, behind an interface so tests answer them. */
public interface ExportPrompts {
    /** "quotes.csv exists. Replace it?"; true to replace. */
    boolean confirmOverwrite(Path target);

    /** Nothing is selected: "Export all N quotes currently shown?"; true to export them. */
    boolean confirmExportAllShown(int shownQuotes);

    void showError(String title, String message);

    /** What to do once an export is written: open the file, open its folder, or nothing. */
    enum AfterExport { OPEN_FILE, OPEN_FOLDER, CLOSE }

    /** "Exported 3 quotes to quotes.md": offers to open the file or its folder. */
    AfterExport exported(Path target, String summary);
}
