package org.parallax.analysis.diff;

import java.util.Locale;

/** What a span of the diff does: the same text on both sides, text only in the second, only in the first, or both changed. */
public enum DiffOp {
    EQUAL, INSERT, DELETE, REPLACE;

    /** The lowercase id used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
