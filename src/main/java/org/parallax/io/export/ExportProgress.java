package org.parallax.io.export;

/** Told how far an export has got; lets a window show progress. Called from the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (written, total) -> { };

    /** {@code written} of {@code total} quotes are written. */
    void advanced(int written, int total);
}
