package org.parallax.io.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;

/** Puts rows in canonical order (a selection arrives in the order the user clicked or sorted). */
final class CanonicalOrder {
    /** How often exporters report progress: every this many quotes. */
    static final int PROGRESS_STEP = 500;

    private CanonicalOrder() {
    }

    static List<QuoteRow> of(List<QuoteRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).order() > rows.get(i).order()) {
                List<QuoteRow> sorted = new ArrayList<>(rows);
                sorted.sort(Comparator.comparingInt(QuoteRow::order));
                return sorted;
            }
        }
        return rows;
    }
}
