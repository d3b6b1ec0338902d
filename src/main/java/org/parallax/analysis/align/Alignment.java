package org.parallax.analysis.align;

import java.util.List;

/**
 * What {@code align} finds in an article: the proposals (best first within a paragraph, paragraphs in order),
 * the paragraphs that compare the sides but match no point ("new point?"), and every paragraph.
 * {@code usedMeaning} is false when the sentence encoder was not available and words alone decided.
 */
public record Alignment(List<Paragraph> paragraphs, List<Proposal> proposals, List<Paragraph> newPointCandidates,
                        boolean usedMeaning) {
    public Alignment {
        paragraphs = List.copyOf(paragraphs);
        proposals = List.copyOf(proposals);
        newPointCandidates = List.copyOf(newPointCandidates);
    }

    public List<Proposal> proposalsFor(Paragraph paragraph) {
        return proposals.stream().filter(p -> p.paragraph().index() == paragraph.index()).toList();
    }
}
