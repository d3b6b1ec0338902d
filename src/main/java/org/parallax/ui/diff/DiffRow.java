package org.parallax.ui.diff;

import java.util.List;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.Span;

/**
 * One row of the aligned view: a passage of A and the passage of B that retells it (an aligned pair), or a
 * passage only one side has (the other side is {@code null}; such rows carry no label).
 *
 * @param pairIndex  the aligned pair's index in the comparison, or -1 for an unmatched passage
 * @param from       A's passage, or null
 * @param to         B's passage, or null
 * @param similarity the pair's similarity (0..1), NaN for an unmatched passage
 * @param changes    the framing changes of this pair
 */
public record DiffRow(int pairIndex, Span from, Span to, double similarity, List<FramingChange> changes) {
    public DiffRow {
        changes = List.copyOf(changes);
    }

    public boolean isAligned() {
        return pairIndex >= 0;
    }
}
