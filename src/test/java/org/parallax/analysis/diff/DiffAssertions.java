package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks every diff must pass: spans cover both texts in order, and the second text rebuilds exactly. */
final class DiffAssertions {
    private DiffAssertions() {
    }

    static void assertCoversAndRebuilds(WordDiff diff) {
        String from = diff.fromText();
        String to = diff.toText();
        List<DiffSpan> spans = diff.spans();
        int fromPos = 0;
        int toPos = 0;
        StringBuilder rebuilt = new StringBuilder();
        for (DiffSpan span : spans) {
            assertThat(span.fromStart()).as("spans are contiguous in the first text").isEqualTo(fromPos);
            assertThat(span.toStart()).as("spans are contiguous in the second text").isEqualTo(toPos);
            switch (span.op()) {
                case EQUAL -> {
                    assertThat(span.fromText(from)).isEqualTo(span.toText(to));
                    rebuilt.append(span.fromText(from));
                }
                case INSERT -> {
                    assertThat(span.fromEnd()).isEqualTo(span.fromStart());
                    assertThat(span.toEnd()).isGreaterThan(span.toStart());
                    rebuilt.append(span.toText(to));
                }
                case DELETE -> {
                    assertThat(span.toEnd()).isEqualTo(span.toStart());
                    assertThat(span.fromEnd()).isGreaterThan(span.fromStart());
                }
                case REPLACE -> {
                    assertThat(span.fromEnd()).isGreaterThan(span.fromStart());
                    assertThat(span.toEnd()).isGreaterThan(span.toStart());
                    rebuilt.append(span.toText(to));
                }
            }
            fromPos = span.fromEnd();
            toPos = span.toEnd();
        }
        assertThat(fromPos).as("spans cover the first text").isEqualTo(from.length());
        assertThat(toPos).as("spans cover the second text").isEqualTo(to.length());
        assertThat(rebuilt.toString()).isEqualTo(to);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).op() == DiffOp.EQUAL && spans.get(i - 1).op() == DiffOp.EQUAL)
                    .as("neighbouring equal spans are merged").isFalse();
            assertThat(spans.get(i).op() != DiffOp.EQUAL && spans.get(i - 1).op() != DiffOp.EQUAL)
                    .as("neighbouring changed spans are merged").isFalse();
        }
    }
}
