package org.parallax.analysis.framing;

import java.util.List;

/**
 * A passage of A and the passage of B that retells it: one or more consecutive sentences on each side
 * (one-to-many allowed), their similarity in [0, 1], and the word diff inside the pair (spans in char offsets
 * of the whole texts, covering both passages completely and in order).
 */
public record AlignedPair(Span from, Span to, double similarity, List<WordSpan> words) {
    public AlignedPair {
        words = List.copyOf(words);
    }
}
