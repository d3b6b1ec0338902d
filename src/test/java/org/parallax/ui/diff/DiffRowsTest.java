package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.framing.AlignedPair;
import org.parallax.analysis.framing.Direction;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.FramingLabel;
import org.parallax.analysis.framing.Span;
import org.parallax.analysis.framing.WordSpan;

/** Rows in reading order and the styled runs of each side, on a hand-made comparison. */
class DiffRowsTest {
    //                       0         1         2         3         4
    //                       0123456789012345678901234567890123456789012345
    private static final String A = "Prices may rise. Rain fell. Unions agree.";
    private static final String B = "Prices rise. Unions broadly agree. Fans left.";

    private static FramingComparison comparison() {
        AlignedPair first = new AlignedPair(new Span(0, 16), new Span(0, 12), 0.9, List.of(
                new WordSpan(WordSpan.Op.EQUAL, new Span(0, 7), new Span(0, 7), false),
                new WordSpan(WordSpan.Op.DELETE, new Span(7, 11), new Span(7, 7), false),
                new WordSpan(WordSpan.Op.EQUAL, new Span(11, 16), new Span(7, 12), false)));
        AlignedPair second = new AlignedPair(new Span(28, 41), new Span(13, 34), 0.8, List.of(
                new WordSpan(WordSpan.Op.EQUAL, new Span(28, 35), new Span(13, 20), false),
                new WordSpan(WordSpan.Op.INSERT, new Span(35, 35), new Span(20, 28), false),
                new WordSpan(WordSpan.Op.EQUAL, new Span(35, 41), new Span(28, 34), false)));
        FramingChange hedge = new FramingChange(FramingLabel.HEDGING, Direction.DROPPED, "may", "", new Span(7, 10),
                new Span(7, 7), 0, "B drops the hedge 'may'");
        FramingChange boost = new FramingChange(FramingLabel.BOOSTING, Direction.ADDED, "", "broadly",
                new Span(35, 35), new Span(20, 27), 1, "B adds the booster 'broadly'");
        return new FramingComparison(A, B, List.of(new Span(0, 16), new Span(17, 41)), List.of(new Span(0, 45)),
                List.of(first, second), List.of(new Span(17, 27)), List.of(new Span(35, 45)), List.of(),
                List.of(hedge, boost), 0.7, Optional.empty());
    }

    @Test
    void rowsFollowReadingOrderWithWhatOnlyOneSideHasBetweenThePairs() {
        List<DiffRow> rows = DiffRows.of(comparison());

        assertThat(rows).extracting(DiffRow::pairIndex).containsExactly(0, -1, 1, -1);
        assertThat(rows.get(1).from()).isEqualTo(new Span(17, 27));
        assertThat(rows.get(1).to()).isNull();
        assertThat(rows.get(3).to()).isEqualTo(new Span(35, 45));
        assertThat(rows.get(2).changes()).extracting(FramingChange::label).containsExactly(FramingLabel.BOOSTING);
    }

    @Test
    void theSelectedChangeIsMarkedOnItsSideAndACaretShowsWhereTheOtherSideHasNothing() {
        FramingComparison comparison = comparison();
        DiffRow first = DiffRows.of(comparison).get(0);
        FramingChange hedge = comparison.changes().get(0);

        List<DiffSegment> from = RowSegments.of(comparison, first, RowSegments.Side.FROM, hedge);
        List<DiffSegment> to = RowSegments.of(comparison, first, RowSegments.Side.TO, hedge);

        assertThat(RowSegments.highlighted(from)).isEqualTo("may");
        assertThat(from).anySatisfy(segment -> {
            assertThat(segment.text()).isEqualTo("may");
            assertThat(segment.styleClasses()).contains(RowSegments.DELETED, RowSegments.HIGHLIGHT);
        });
        assertThat(to).extracting(DiffSegment::text).containsExactly("Prices ", "\u2038", "rise.");
        assertThat(to.get(1).styleClasses()).contains(RowSegments.CARET);
        assertThat(from.stream().map(DiffSegment::text).reduce("", String::concat)).isEqualTo("Prices may rise.");
    }

    @Test
    void aQuoteThatBeginsInsideARowGetsABoundaryMarkAndItsOwnRuns() {
        FramingComparison comparison = comparison();
        DiffRow onlyA = DiffRows.of(comparison).get(1);
        DiffRow whole = new DiffRow(-1, new Span(0, 27), null, Double.NaN, List.of());

        assertThat(RowSegments.of(comparison, onlyA, RowSegments.Side.FROM, null)).extracting(DiffSegment::text)
                .containsExactly(RowSegments.BOUNDARY_MARK, "Rain fell.");
        List<DiffSegment> across = RowSegments.of(comparison, whole, RowSegments.Side.FROM, null);
        assertThat(across).extracting(DiffSegment::text)
                .containsExactly("Prices may rise. ", RowSegments.BOUNDARY_MARK, "Rain fell.");
        assertThat(across.get(0).styleClasses()).containsExactly(RowSegments.DELETED);
    }
}
