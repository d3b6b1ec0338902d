package org.parallax.analysis.diff;

import java.util.List;

/**
 * The word diff of two texts: spans that cover both texts completely and in order, the tokens of each text,
 * how many tokens were aligned as equal, and the method used (word by word, or a bounded coarser fallback).
 */
public record WordDiff(String fromText, String toText, List<DiffSpan> spans, List<Token> fromTokens,
                       List<Token> toTokens, int matchedTokens, DiffMethod method) {
    public WordDiff {
        spans = List.copyOf(spans);
        fromTokens = List.copyOf(fromTokens);
        toTokens = List.copyOf(toTokens);
    }

    /** The spans that change wording (not equal, not cosmetic). */
    public List<DiffSpan> changes() {
        return spans.stream().filter(DiffSpan::isChange).toList();
    }

    /** Share of tokens aligned as equal: 2 * matched / (tokens in both texts), 1 when both are empty. */
    public double alignedShare() {
        int total = fromTokens.size() + toTokens.size();
        return total == 0 ? 1.0 : 2.0 * matchedTokens / total;
    }
}
