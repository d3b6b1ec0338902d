package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The phrases of one kind found in a text, sorted by position, so that those touching a changed region are found
 * by binary search instead of a scan (a long text has hundreds of regions and thousands of phrases).
 */
record Phrases(List<Phrase> items, int maxLength) {

    static Phrases of(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(Phrase::startToken));
        int maxLength = 0;
        for (Phrase phrase : sorted) {
            maxLength = Math.max(maxLength, phrase.endToken() - phrase.startToken());
        }
        return new Phrases(List.copyOf(sorted), maxLength);
    }

    /** The phrases that share a token with {@code [first, end)}, in text order. */
    List<Phrase> overlapping(int first, int end) {
        List<Phrase> result = new ArrayList<>();
        if (first >= end) {
            return result;
        }
        // a phrase starting before first - maxLength cannot reach first
        int low = 0;
        int high = items.size();
        int from = first - maxLength;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (items.get(mid).startToken() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < items.size() && items.get(i).startToken() < end; i++) {
            if (items.get(i).overlaps(first, end)) {
                result.add(items.get(i));
            }
        }
        return result;
    }
}
