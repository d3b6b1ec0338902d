package org.parallax.model;

import java.util.Objects;

/**
 * A verbatim excerpt of a source. {@code start}/{@code end} count Unicode code points in the source text
 * (BOM removed, line ends as stored), end exclusive. {@code side} is a side id, or null when the quote
 * speaks of both sides or neither. {@code occurrence} (1-based, null when absent) says which occurrence of the
 * text in the article {@code locate} takes when the text occurs more than once.
 */
public record Quote(String text, int start, int end, String side, Integer occurrence) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }

    /** A quote without an occurrence. */
    public Quote(String text, int start, int end, String side) {
        this(text, start, end, side, null);
    }

    /** This quote at other offsets, its text, side and occurrence kept. */
    public Quote at(int newStart, int newEnd) {
        return new Quote(text, newStart, newEnd, side, occurrence);
    }

    /** Length of the excerpt in code points, as its offsets say. */
    public int length() {
        return end - start;
    }
}
