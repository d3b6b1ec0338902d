package org.parallax.analysis.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two wordings are, 0..1: the mean of the Jaccard overlap of their word sets (which words) and the
 * share of tokens the word diff aligned, 2·matched/(n+m), i.e. one minus the normalised insert/delete edit
 * distance (which words in which order). Identical texts score 1; two empty texts score 1.
 */
public final class Similarity {
    private static final int FROM = 1;
    private static final int TO = 2;

    private Similarity() {
    }

    public static double of(WordDiff diff) {
        return (jaccard(diff) + diff.alignedShare()) / 2.0;
    }

    static double jaccard(WordDiff diff) {
        // each word of either text once, with the sides it occurs on: the union, and the intersection within it
        Map<String, Integer> sides = new HashMap<>();
        addWords(diff.fromTokens(), FROM, sides);
        addWords(diff.toTokens(), TO, sides);
        if (sides.isEmpty()) {
            return 1.0;
        }
        int both = 0;
        for (int side : sides.values()) {
            if (side == (FROM | TO)) {
                both++;
            }
        }
        return (double) both / sides.size();
    }

    private static void addWords(List<Token> tokens, int side, Map<String, Integer> sides) {
        for (Token token : tokens) {
            if (!token.isPunctuation()) {
                sides.merge(token.key(), side, (a, b) -> a | b);
            }
        }
    }
}
