package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.ChangeLabel;
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.diff.TextComparison;

class DiffSegmentsTest {
    private static final TextComparer COMPARER = new TextComparer(Lexicons.bundled());
    private final TextComparison comparison = COMPARER.compare("Kyutai hired about 2,000 staff.",
            "Kyutai may hire roughly 5,000 staff.");

    @Test
    void eachSideMarksItsOwnChangesAndRebuildsItsText() {
        List<DiffSegment> from = DiffSegments.fromSide(comparison.diff(), null);
        List<DiffSegment> to = DiffSegments.toSide(comparison.diff(), null);
        assertThat(String.join("", from.stream().map(DiffSegment::text).toList()))
                .isEqualTo("Kyutai hired about 2,000 staff.");
        assertThat(String.join("", to.stream().map(DiffSegment::text).toList()))
                .isEqualTo("Kyutai may hire roughly 5,000 staff.");
        assertThat(from).filteredOn(s -> s.styleClasses().contains(DiffSegments.DELETED))
                .extracting(DiffSegment::text).containsExactly("hired about 2,000");
        assertThat(to).filteredOn(s -> s.styleClasses().contains(DiffSegments.INSERTED))
                .extracting(DiffSegment::text).containsExactly("may hire roughly 5,000");
    }

    @Test
    void inlineShowsDeletedThenInsertedWords() {
        assertThat(DiffSegments.inline(comparison.diff(), null)).extracting(DiffSegment::text).containsExactly(
                "Kyutai ", "hired about 2,000", DiffSegments.SEPARATOR, "may hire roughly 5,000", " staff.");
    }

    @Test
    void theSelectedChangesWordsAreCutOutAndMarked() {
        Change drift = comparison.changes().stream().filter(c -> c.label() == ChangeLabel.FIGURE_DRIFT)
                .findFirst().orElseThrow();
        assertThat(DiffSegments.toSide(comparison.diff(), drift))
                .extracting(DiffSegment::text, s -> s.styleClasses().contains(DiffSegments.HIGHLIGHT))
                .containsExactly(tuple("Kyutai ", false), tuple("may hire ", false), tuple("roughly 5,000", true),
                        tuple(" staff.", false));
    }
}
