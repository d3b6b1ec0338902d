package org.parallax.ui.common;

import org.parallax.model.Source;

/**
 * The one name a source goes by in the window (chips, filters, column headers, selectors): its short name. The full
 * title goes in tooltips ({@link #tooltip}).
 */
public final class SourceNames {
    private SourceNames() {
    }

    /** The short name shown everywhere. */
    public static String shortName(Source source) {
        return source.title();
    }

    /** What a tooltip on a source's short name says: the full title, and who wrote or published it. */
    public static String tooltip(Source source) {
        StringBuilder text = new StringBuilder(source.title());
        if (source.author() != null && !source.author().isBlank()) {
            text.append("\n").append(source.author());
        }
        if (source.publisher() != null && !source.publisher().isBlank()) {
            text.append(source.author() != null && !source.author().isBlank() ? ", " : "\n").append(source.publisher());
        }
        text.append("\nid: ").append(source.id());
        return text.toString();
    }
}
