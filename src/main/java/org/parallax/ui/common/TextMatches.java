package org.parallax.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.filter.TextFolding;

/**
 * Where folded query words occur in a text, as char ranges of the original text. Folds code point by code point
 * and keeps a map back to the original, because folding can change lengths (decomposed accents, ligatures).
 * Kept in ui until the filter package offers match ranges.
 */
public final class TextMatches {
    private TextMatches() {
    }

    /** Sorted, merged {@code [start, end)} char ranges of {@code text} matching any of the folded words. */
    public static List<int[]> find(String text, List<String> foldedWords) {
        if (text == null || text.isEmpty() || foldedWords.isEmpty()) {
            return List.of();
        }
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 4 + 1];
        int at = 0;
        while (at < text.length()) {
            int next = at + Character.charCount(text.codePointAt(at));
            String piece = TextFolding.fold(text.substring(at, next));
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() >= origin.length - 1) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = at;
                folded.append(piece.charAt(k));
            }
            at = next;
        }
        origin[folded.length()] = text.length();
        boolean[] marked = new boolean[text.length() + 1];
        String haystack = folded.toString();
        for (String word : foldedWords) {
            if (word.isEmpty()) {
                continue;
            }
            int from = 0;
            int hit;
            while ((hit = haystack.indexOf(word, from)) >= 0) {
                int start = origin[hit];
                int endFolded = hit + word.length();
                int end = endFolded >= haystack.length() ? text.length() : origin[endFolded];
                if (end <= start) { // a word ending inside one folded code point
                    end = start + Character.charCount(text.codePointAt(start));
                }
                for (int c = start; c < end; c++) {
                    marked[c] = true;
                }
                from = hit + 1;
            }
        }
        List<int[]> ranges = new ArrayList<>();
        int start = -1;
        for (int c = 0; c <= text.length(); c++) {
            boolean on = c < text.length() && marked[c];
            if (on && start < 0) {
                start = c;
            } else if (!on && start >= 0) {
                ranges.add(new int[] {start, c});
                start = -1;
            }
        }
        return ranges;
    }
}
