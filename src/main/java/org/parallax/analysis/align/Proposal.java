package org.parallax.analysis.align;

import java.util.List;

/**
 * A point a paragraph probably makes: the paragraph (offsets in code points of the article), the point, a score in
 * [0, 1], its two halves ({@code lexical}: words, {@code semantic}: meaning, each in [0, 1]) and the paragraph's words
 * that support the match, most telling first. {@code evidenceStems} holds, at the same positions, the stem each
 * evidence word was matched by (Lucene's English analyzer); {@link Aligner#paragraphEvidence(Proposal)} and
 * {@link Aligner#pointEvidence(Proposal)} find every place these stems occur, in the paragraph and in the point.
 */
public record Proposal(Paragraph paragraph, String pointId, double score, double lexical, double semantic,
                       List<String> evidence, List<String> evidenceStems) {
    public Proposal {
        evidence = List.copyOf(evidence);
        evidenceStems = List.copyOf(evidenceStems);
    }

    /** A proposal whose evidence stems are not known: the aligner's evidence methods stem the words again. */
    public Proposal(Paragraph paragraph, String pointId, double score, double lexical, double semantic,
                    List<String> evidence) {
        this(paragraph, pointId, score, lexical, semantic, evidence, List.of());
    }
}
