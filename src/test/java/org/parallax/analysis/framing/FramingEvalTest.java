package org.parallax.analysis.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The blind, hand-labelled evaluation set (src/test/resources/framing-eval/pairs.jsonl, its labelling guide
 * beside it): per-label and micro precision and recall, counted per pair over the set of labels (a label found
 * twice in one pair counts once), and the controls labelled. Prints the table docs/diff.md publishes; fails
 * when a number drops below what the code reached (gates set slightly below the measured values).
 *
 * <p>Run: {@code mvn -o -q test -Dtest=FramingEvalTest} (the table is on standard output).
 */
class FramingEvalTest {
    /** Measured 92.9% / 78.0% / 0 of 38 controls (docs/diff.md); gates slightly below. */
    static final double MICRO_PRECISION_GATE = 0.91;
    static final double MICRO_RECALL_GATE = 0.76;
    static final double LABEL_PRECISION_GATE = 0.75;
    static final int MAX_CONTROLS_LABELLED = 1;

    @Test
    void evaluationSetScores() {
        FramingScore score = FramingScore.score(FramingAnalyzer.withSharedEncoder(),
                FramingScore.read("/framing-eval/pairs.jsonl"));
        System.out.println(score.table());
        if (Boolean.getBoolean("parallax.eval.mistakes")) {
            System.out.println(score.mistakes());
        }
        assertThat(score.outcomes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(score.microPrecision()).isGreaterThanOrEqualTo(MICRO_PRECISION_GATE);
        assertThat(score.microRecall()).isGreaterThanOrEqualTo(MICRO_RECALL_GATE);
        assertThat(score.controlsLabelled).isLessThanOrEqualTo(MAX_CONTROLS_LABELLED);
        for (FramingLabel label : FramingLabel.values()) {
            assertThat(score.precision(label)).as(label.id()).isGreaterThanOrEqualTo(LABEL_PRECISION_GATE);
        }
    }
}
