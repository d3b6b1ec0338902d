package org.parallax.analysis.diff;

/** Characters {@code [start, end)} of a text (Java char offsets). */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
