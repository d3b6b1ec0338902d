package org.parallax.analysis.filter;

/** A range of Java chars in a text, end exclusive, as JavaFX text nodes and {@link String#substring} count. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
