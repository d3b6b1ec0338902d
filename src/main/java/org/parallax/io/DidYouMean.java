package org.parallax.io;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one (edit distance at most 2), for friendlier problems. */
final class DidYouMean {
    static final int MAX_DISTANCE = 2;
    /** Beyond this many candidates the search is skipped: a suggestion is a courtesy, not worth a slow report. */
    private static final int MAX_CANDIDATES = 2_000;

    private DidYouMean() {
    }

    static Optional<String> closest(String word, Collection<String> candidates) {
        if (word == null || candidates.size() > MAX_CANDIDATES) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            int distance = distance(word, candidate, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean "x"?)" or "". */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(match -> " (did you mean \"" + match + "\"?)").orElse("");
    }

    /** Levenshtein distance, case-insensitive, giving up (returning {@code limit}) once it cannot beat it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[y.length()], limit);
    }
}
