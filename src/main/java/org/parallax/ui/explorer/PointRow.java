package org.parallax.ui.explorer;

import org.parallax.model.Point;
import org.parallax.model.Theme;

/**
 * One point as the tables show it, prepared once per model off the FX thread. Its quotes are the catalog rows
 * {@code [firstQuote, endQuote)} (the catalog keeps a point's quotes together). {@code covered[i]} says whether the
 * model's i-th source makes the point. {@code mainSide} is the side the point is mainly about (see ADR 0051), or null.
 */
public record PointRow(int index, Point point, Theme theme, int themeOrdinal, int firstQuote, int endQuote,
                       boolean[] covered, String mainSide, String foldedText) {

    public int quoteCount() {
        return endQuote - firstQuote;
    }

    public boolean coveredBy(int sourceIndex) {
        return sourceIndex >= 0 && sourceIndex < covered.length && covered[sourceIndex];
    }

    public int coverageCount() {
        int count = 0;
        for (boolean c : covered) {
            if (c) {
                count++;
            }
        }
        return count;
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
