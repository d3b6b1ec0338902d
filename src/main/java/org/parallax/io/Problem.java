package org.parallax.io;

import java.util.Objects;

/**
 * One located problem: the file, 1-based line and column (column in characters; 0 when unknown), the
 * kind, the JSON path of the offending field ({@code $.points[3].framings[0].quotes[1].start}) and a message.
 */
public record Problem(String file, int line, int column, ProblemKind kind, String path, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COL: KIND at $.json.path: message}, the line format of {@code validate}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + kind.id() + " at " + path + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
