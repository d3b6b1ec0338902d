package org.parallax.analysis.align;

import java.util.List;

/**
 * A point a paragraph probably makes: the paragraph (offsets in code points of the article), the point, a score in
 * [0, 1] and the paragraph's words that support the match, most telling first.
 */
public record Proposal(Paragraph paragraph, String pointId, double score, double lexical, double semantic,
                       List<String> evidence) {
    public Proposal {
        evidence = List.copyOf(evidence);
    }
}
