package org.parallax.ui.workbench;

import org.parallax.analysis.align.Paragraph;
import org.parallax.analysis.align.Proposal;

/**
 * One entry of the review queue: a proposal (paragraph, point, score, evidence) or a "new point?" paragraph
 * ({@code proposal == null}), with the passage an accept will quote (the paragraph's best sentence, code points).
 */
record ProposalRow(String sourceId, Paragraph paragraph, Proposal proposal, String pointTitle, int quoteStart,
                   int quoteEnd, String quoteText) {
    boolean isNewPoint() {
        return proposal == null;
    }

    String pointId() {
        return proposal == null ? null : proposal.pointId();
    }
}
