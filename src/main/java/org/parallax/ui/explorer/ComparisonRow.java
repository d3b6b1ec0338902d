package org.parallax.ui.explorer;

import org.parallax.model.Theme;

/** A row of the comparison table: a theme header, or one point under it. */
public sealed interface ComparisonRow {

    /** The header row of a theme; {@code themeOrdinal} indexes the per-theme tallies of a {@link FilterPass}. */
    record ThemeHeader(Theme theme, String label, int themeOrdinal) implements ComparisonRow {
    }

    /** One point's line. */
    record PointLine(PointRow row) implements ComparisonRow {
    }
}
