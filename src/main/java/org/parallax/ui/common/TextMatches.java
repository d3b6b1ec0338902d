package org.parallax.ui.common;

import java.util.List;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteFilter;

/** Where folded query words occur in a text, as char ranges of the original text (the filter's own matching). */
public final class TextMatches {
    private TextMatches() {
    }

    /** Sorted, merged {@code [start, end)} char ranges of {@code text} matching any of the folded words. */
    public static List<int[]> find(String text, List<String> foldedWords) {
        if (text == null || text.isEmpty() || foldedWords.isEmpty()) {
            return List.of();
        }
        return QuoteFilter.of(FilterCriteria.NONE.withQuery(String.join(" ", foldedWords))).matchRanges(text)
                .stream().map(r -> new int[] {r.start(), r.end()}).toList();
    }
}
