package org.parallax.model;

import java.util.Objects;

/**
 * A verbatim excerpt of a source. {@code start}/{@code end} count Unicode code points in the source text
 * (BOM removed, line ends as stored), end exclusive. {@code side} is a side id, or null when the quote
 * speaks of both sides or neither.
 */
public record Quote(String text, int start, int end, String side) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }

    /** Length of the excerpt in code points, as its offsets say. */
    public int length() {
        return end - start;
    }
}
