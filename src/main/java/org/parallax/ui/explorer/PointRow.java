package org.parallax.ui.explorer;

import java.util.Arrays;
import org.parallax.model.Point;
import org.parallax.model.Theme;

/**
 * One point as the tables show it, prepared once per model off the FX thread. Its quotes are the catalog rows
 * {@code [firstQuote, endQuote)} (the catalog keeps a point's quotes together). {@code coveringSources}
 * holds the sorted indices of the model's sources that make the point (a few per point, not one flag per source:
 * 22,997 points x 2,500 sources of flags were 57.5 MB). {@code mainSide} is the side the point is mainly about (see
 * ADR 0051), or null.
 */
public record PointRow(int index, Point point, Theme theme, int themeOrdinal, int firstQuote, int endQuote,
                       int[] coveringSources, String mainSide, String foldedText) {

    public int quoteCount() {
        return endQuote - firstQuote;
    }

    public boolean coveredBy(int sourceIndex) {
        return Arrays.binarySearch(coveringSources, sourceIndex) >= 0;
    }

    public int coverageCount() {
        return coveringSources.length;
    }

    public String themeLabel() {
        return theme == null ? point.theme() : theme.label();
    }

    // identity semantics: rows are unique per snapshot and used as keys in selections
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
