package org.parallax.ui.diff;

import java.util.List;

/** A run of text drawn with the same style classes (one {@code Text} node in the view). */
public record DiffSegment(String text, List<String> styleClasses) {
    public DiffSegment {
        styleClasses = List.copyOf(styleClasses);
    }
}
