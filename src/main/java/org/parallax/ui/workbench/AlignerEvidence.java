package org.parallax.ui.workbench;

import java.util.List;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.Proposal;
import org.parallax.model.Point;

/**
 * Evidence as the aligner that made the proposals finds it ({@link Aligner#paragraphEvidence},
 * {@link Aligner#pointEvidence}): the same analyzer and stems the match was scored with.
 */
final class AlignerEvidence implements EvidenceFinder {
    private final Aligner aligner;

    AlignerEvidence(Aligner aligner) {
        this.aligner = aligner;
    }

    @Override
    public List<int[]> inParagraph(Proposal proposal) {
        return aligner.paragraphEvidence(proposal).stream().map(span -> new int[] {span.start(), span.end()})
                .toList();
    }

    @Override
    public List<PointSpan> inPoint(Proposal proposal, Point point) {
        return aligner.pointEvidence(proposal).stream().map(span -> new PointSpan(Part.valueOf(span.part().name()),
                span.key(), span.index(), span.start(), span.end())).toList();
    }
}
