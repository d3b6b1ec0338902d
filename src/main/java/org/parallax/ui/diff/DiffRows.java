package org.parallax.ui.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.analysis.framing.AlignedPair;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.Span;

/** Lays a comparison out as rows in reading order: aligned pairs and, between them, what only one side has. */
final class DiffRows {
    private DiffRows() {
    }

    static List<DiffRow> of(FramingComparison comparison) {
        List<DiffRow> rows = new ArrayList<>();
        List<AlignedPair> pairs = comparison.alignment();
        for (int i = 0; i < pairs.size(); i++) {
            AlignedPair pair = pairs.get(i);
            rows.add(new DiffRow(i, pair.from(), pair.to(), pair.similarity(), comparison.changesOf(i)));
        }
        for (Span only : comparison.unmatchedFrom()) {
            rows.add(new DiffRow(-1, only, null, Double.NaN, List.of()));
        }
        for (Span only : comparison.unmatchedTo()) {
            rows.add(new DiffRow(-1, null, only, Double.NaN, List.of()));
        }
        // reading order: by where the row starts in A, rows only B has placed by where they start in B
        java.util.Map<DiffRow, Double> keys = new java.util.IdentityHashMap<>();
        rows.forEach(row -> keys.put(row, order(row, rows)));
        rows.sort(Comparator.comparingDouble(keys::get));
        return rows;
    }

    /**
     * A sort key in A's reading order. A row only B has takes the position just after the last aligned pair that
     * starts before it in B, so it sits where a reader of B meets it.
     */
    private static double order(DiffRow row, List<DiffRow> rows) {
        if (row.from() != null) {
            return row.from().start();
        }
        double key = -1;
        for (DiffRow other : rows) {
            if (other.isAligned() && other.to().start() <= row.to().start()) {
                key = Math.max(key, other.from().end() - 0.5);
            }
        }
        return key + row.to().start() * 1e-9;
    }
}
