package org.parallax.ui.workbench;

import java.util.List;
import org.parallax.analysis.align.Proposal;
import org.parallax.model.Point;

/**
 * Where a proposal's evidence words stand, on both sides of the match: in the article's paragraph and in the point's
 * title, claims and quotes. The review queue highlights them in the reader and in the point pane. One implementation
 * stems the evidence words here ({@link StemEvidence}); the aligner's own evidence API can stand in for it.
 */
interface EvidenceFinder {
    /** Which of a point's texts a span is in. */
    enum Part { TITLE, CLAIM, QUOTE }

    /**
     * An evidence word in one of the point's texts: the title; the claim of side {@code key}; or quote {@code index}
     * of the framing of source {@code key}. {@code start}/{@code end}: code points into that text, end exclusive.
     */
    record PointSpan(Part part, String key, int index, int start, int end) {
    }

    /** The evidence words in the proposal's paragraph: {start, end} in code points of the article. */
    List<int[]> inParagraph(Proposal proposal);

    /** The evidence words in {@code point}'s title, claims and quotes. */
    List<PointSpan> inPoint(Proposal proposal, Point point);
}
