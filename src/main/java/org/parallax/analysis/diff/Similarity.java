package org.parallax.analysis.diff;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two wordings are, 0..1: the mean of the Jaccard overlap of their word sets (which words) and the
 * share of tokens the word diff aligned, 2·matched/(n+m), i.e. one minus the normalised insert/delete edit
 * distance (which words in which order). Identical texts score 1; two empty texts score 1.
 */
public final class Similarity {
    private Similarity() {
    }

    public static double of(WordDiff diff) {
        return (jaccard(diff) + diff.alignedShare()) / 2.0;
    }

    static double jaccard(WordDiff diff) {
        Set<String> a = words(diff.fromTokens());
        Set<String> b = words(diff.toTokens());
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return (double) a.size() / union.size();
    }

    private static Set<String> words(java.util.List<Token> tokens) {
        Set<String> words = new HashSet<>();
        for (Token token : tokens) {
            if (!token.isPunctuation()) {
                words.add(token.key());
            }
        }
        return words;
    }
}
