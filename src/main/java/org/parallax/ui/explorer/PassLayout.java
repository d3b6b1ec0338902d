package org.parallax.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Side;
import org.parallax.model.Stance;

/**
 * A snapshot's rows as flat arrays, built once off the FX thread, so that a {@link FilterPass} over 100,000 quotes
 * walks arrays instead of reading row, framing and point objects spread over the heap: that walk was memory-bound
 * (several milliseconds of cache misses per pass, measured with a probe over the 100,000-quote corpus).
 */
final class PassLayout {
    /** Stance codes of {@link #leanOfQuote}. */
    static final byte NEUTRAL = 0;
    static final byte ADVANTAGE = 1;
    static final byte CONSTRAINT = 2;

    final QuoteRow[] quotes;
    final PointRow[] points;
    final ComparisonRow[] comparison;
    /** The point row index of each quote. */
    final int[] pointOfQuote;
    /** A number per run of consecutive quotes of one framing: a shown framing is counted once per run. */
    final int[] framingOfQuote;
    /** The stance of each quote's framing, as {@link #ADVANTAGE}, {@link #CONSTRAINT} or {@link #NEUTRAL}. */
    final byte[] leanOfQuote;
    final int[] themeOfPoint;
    /** The model index of each point's main side, or -1. */
    final int[] mainSideOfPoint;
    /** Indices of the points no quote makes (shown by point-level criteria only). */
    final int[] quotelessPoints;
    /** Per comparison row: the point index of a point line, or {@code -1 - themeOrdinal} of a theme header. */
    final int[] comparisonKey;

    private PassLayout(QuoteRow[] quotes, PointRow[] points, ComparisonRow[] comparison, int[] pointOfQuote,
                       int[] framingOfQuote, byte[] leanOfQuote, int[] themeOfPoint, int[] mainSideOfPoint,
                       int[] quotelessPoints, int[] comparisonKey) {
        this.quotes = quotes;
        this.points = points;
        this.comparison = comparison;
        this.pointOfQuote = pointOfQuote;
        this.framingOfQuote = framingOfQuote;
        this.leanOfQuote = leanOfQuote;
        this.themeOfPoint = themeOfPoint;
        this.mainSideOfPoint = mainSideOfPoint;
        this.quotelessPoints = quotelessPoints;
        this.comparisonKey = comparisonKey;
    }

    static PassLayout of(Model model, List<QuoteRow> quoteRows, List<PointRow> pointRows,
                         List<ComparisonRow> comparisonRows, int[] pointOfQuote) {
        QuoteRow[] quotes = quoteRows.toArray(new QuoteRow[0]);
        int[] framingOfQuote = new int[quotes.length];
        byte[] leanOfQuote = new byte[quotes.length];
        Framing last = null;
        int run = -1;
        for (int q = 0; q < quotes.length; q++) {
            Framing framing = quotes[q].framing();
            if (framing != last) {
                last = framing;
                run++;
            }
            framingOfQuote[q] = run;
            leanOfQuote[q] = framing.stance() == Stance.ADVANTAGE ? ADVANTAGE
                    : framing.stance() == Stance.CONSTRAINT ? CONSTRAINT : NEUTRAL;
        }
        PointRow[] points = pointRows.toArray(new PointRow[0]);
        int[] themeOfPoint = new int[points.length];
        int[] mainSideOfPoint = new int[points.length];
        List<Integer> quoteless = new ArrayList<>();
        for (PointRow point : points) {
            themeOfPoint[point.index()] = point.themeOrdinal();
            mainSideOfPoint[point.index()] = sideIndex(model.sides(), point.mainSide());
            if (point.quoteCount() == 0) {
                quoteless.add(point.index());
            }
        }
        ComparisonRow[] comparison = comparisonRows.toArray(new ComparisonRow[0]);
        int[] comparisonKey = new int[comparison.length];
        for (int i = 0; i < comparison.length; i++) {
            comparisonKey[i] = comparison[i] instanceof ComparisonRow.PointLine line ? line.row().index()
                    : -1 - ((ComparisonRow.ThemeHeader) comparison[i]).themeOrdinal();
        }
        return new PassLayout(quotes, points, comparison, pointOfQuote, framingOfQuote, leanOfQuote, themeOfPoint,
                mainSideOfPoint, quoteless.stream().mapToInt(Integer::intValue).toArray(), comparisonKey);
    }

    private static int sideIndex(List<Side> sides, String id) {
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
