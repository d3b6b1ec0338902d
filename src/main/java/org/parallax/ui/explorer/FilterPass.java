package org.parallax.ui.explorer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteFilter;
import org.parallax.analysis.filter.QuoteRow;

/**
 * The result of applying one {@link FilterCriteria} to a snapshot: which quotes, points and comparison rows pass
 * (as flags and as the lists the views show, in canonical order), the visible counts, and per theme and side how
 * many visible points the shown framings present as an advantage or a constraint for their main side (the "wins"
 * of the comparison headers). Computed from the catalog's decided rows and the snapshot's {@link PassLayout}, in
 * one walk over the passing quotes and one over the points: O(passing quotes + points), no row object read.
 */
public final class FilterPass {
    private final FilterCriteria criteria;
    private final BitSet quotePass;
    private final BitSet pointPass;
    private final List<QuoteRow> visibleQuoteRows;
    private final List<PointRow> visiblePointRows;
    private final List<ComparisonRow> visibleComparisonRows;
    private final int[] visiblePointsPerTheme;
    private final int[][] ahead;
    private final int[][] behind;
    private final List<String> queryWords;
    private final QuoteFilter filter; // kept so the next, narrower criteria re-test only its passing rows

    private FilterPass(FilterCriteria criteria, QuoteFilter filter, BitSet quotePass, BitSet pointPass,
                       List<QuoteRow> quotes, List<PointRow> points, List<ComparisonRow> comparison,
                       int[] visiblePointsPerTheme, int[][] ahead, int[][] behind) {
        this.criteria = criteria;
        this.filter = filter;
        this.quotePass = quotePass;
        this.pointPass = pointPass;
        this.visibleQuoteRows = quotes;
        this.visiblePointRows = points;
        this.visibleComparisonRows = comparison;
        this.visiblePointsPerTheme = visiblePointsPerTheme;
        this.ahead = ahead;
        this.behind = behind;
        this.queryWords = filter.queryWords();
    }

    public static FilterPass compute(ModelSnapshot snapshot, FilterCriteria criteria) {
        return compute(snapshot, criteria, null);
    }

    /**
     * Like {@link #compute(ModelSnapshot, FilterCriteria)}; when {@code previous} (may be null, or of another
     * snapshot) had criteria these only narrow, such as one more typed character, only its passing rows are re-tested.
     */
    public static FilterPass compute(ModelSnapshot snapshot, FilterCriteria criteria, FilterPass previous) {
        // decided for the whole catalog at once (facet masks and the search index), then read as bits
        QuoteFilter filter = snapshot.catalog().filter(criteria, previous == null ? null : previous.filter);
        BitSet quotePass = filter.passingOrders(snapshot.catalog());
        PassLayout layout = snapshot.layout();
        int sideCount = snapshot.model().sides().size();
        BitSet pointPass = new BitSet(layout.points.length);
        int[] perTheme = new int[snapshot.themeSlots()];
        int[][] ahead = new int[snapshot.themeSlots()][sideCount];
        int[][] behind = new int[snapshot.themeSlots()][sideCount];
        QuoteRow[] quotes = new QuoteRow[quotePass.cardinality()];
        int shown = 0;
        int point = -1;
        int framing = -1;
        int lean = 0; // advantages minus constraints of the point's shown framings
        for (int q = quotePass.nextSetBit(0); q >= 0; q = quotePass.nextSetBit(q + 1)) {
            quotes[shown++] = layout.quotes[q];
            if (layout.pointOfQuote[q] != point) {
                tally(layout, point, lean, ahead, behind);
                point = layout.pointOfQuote[q];
                pointPass.set(point);
                lean = 0;
            }
            if (layout.framingOfQuote[q] != framing) { // count each shown framing once
                framing = layout.framingOfQuote[q];
                lean += layout.leanOfQuote[q] == PassLayout.ADVANTAGE ? 1
                        : layout.leanOfQuote[q] == PassLayout.CONSTRAINT ? -1 : 0;
            }
        }
        tally(layout, point, lean, ahead, behind);
        boolean quoteLevelConstraints = !criteria.sources().isEmpty() || !criteria.sides().isEmpty()
                || !criteria.stances().isEmpty() || !criteria.certainties().isEmpty();
        if (!quoteLevelConstraints) {
            for (int quoteless : layout.quotelessPoints) {
                if (passesPointLevel(layout.points[quoteless], criteria, filter.queryWords())) {
                    pointPass.set(quoteless);
                }
            }
        }
        PointRow[] points = new PointRow[pointPass.cardinality()];
        int visible = 0;
        for (int p = pointPass.nextSetBit(0); p >= 0; p = pointPass.nextSetBit(p + 1)) {
            points[visible++] = layout.points[p];
            perTheme[layout.themeOfPoint[p]]++;
        }
        ComparisonRow[] comparison = new ComparisonRow[layout.comparison.length];
        int lines = 0;
        for (int i = 0; i < comparison.length; i++) {
            int key = layout.comparisonKey[i];
            if (key >= 0 ? pointPass.get(key) : perTheme[-1 - key] > 0) {
                comparison[lines++] = layout.comparison[i];
            }
        }
        return new FilterPass(criteria, filter, quotePass, pointPass, listOf(quotes, quotes.length),
                listOf(points, points.length), listOf(comparison, lines), perTheme, ahead, behind);
    }

    /** Adds a visible point's lean to its theme's tally for its main side. */
    private static void tally(PassLayout layout, int point, int lean, int[][] ahead, int[][] behind) {
        if (point < 0 || layout.mainSideOfPoint[point] < 0 || lean == 0) {
            return;
        }
        int[][] tally = lean > 0 ? ahead : behind;
        tally[layout.themeOfPoint[point]][layout.mainSideOfPoint[point]]++;
    }

    private static <T> List<T> listOf(T[] items, int size) {
        return Collections.unmodifiableList(Arrays.asList(size == items.length ? items : Arrays.copyOf(items, size)));
    }

    private static boolean passesPointLevel(PointRow point, FilterCriteria criteria, List<String> words) {
        return (criteria.themes().isEmpty() || criteria.themes().contains(point.point().theme()))
                && (criteria.points().isEmpty() || criteria.points().contains(point.point().id()))
                && words.stream().allMatch(point.foldedText()::contains);
    }

    /** The folded words of a query, as {@link QuoteFilter} splits them. */
    public static List<String> queryWords(String query) {
        return QuoteFilter.of(FilterCriteria.NONE.withQuery(query)).queryWords();
    }

    public FilterCriteria criteria() {
        return criteria;
    }

    public boolean quotePasses(int order) {
        return order >= 0 && quotePass.get(order);
    }

    public boolean pointPasses(int index) {
        return index >= 0 && pointPass.get(index);
    }

    public boolean themePasses(int themeOrdinal) {
        return themeOrdinal < visiblePointsPerTheme.length && visiblePointsPerTheme[themeOrdinal] > 0;
    }

    /** The passing quotes, in canonical order. */
    public List<QuoteRow> quotes() {
        return visibleQuoteRows;
    }

    /** The visible points, in canonical order. */
    public List<PointRow> points() {
        return visiblePointRows;
    }

    /** The visible comparison rows: visible points and the headers of themes with any. */
    public List<ComparisonRow> comparisonRows() {
        return visibleComparisonRows;
    }

    /** True when this pass shows exactly the quotes of {@code other} (then the quote list need not change). */
    boolean sameQuotesAs(FilterPass other) {
        return quotePass.equals(other.quotePass);
    }

    /** True when this pass shows exactly the points (and so the comparison rows) of {@code other}. */
    boolean samePointsAs(FilterPass other) {
        return pointPass.equals(other.pointPass);
    }

    public int visibleQuotes() {
        return visibleQuoteRows.size();
    }

    public int visiblePoints() {
        return visiblePointRows.size();
    }

    public int visiblePoints(int themeOrdinal) {
        return visiblePointsPerTheme[themeOrdinal];
    }

    /** Visible points of the theme whose main side is the side (model index) and that shown framings call an advantage. */
    public int ahead(int themeOrdinal, int sideIndex) {
        return ahead[themeOrdinal][sideIndex];
    }

    /** Visible points of the theme whose main side is the side and that shown framings call a constraint. */
    public int behind(int themeOrdinal, int sideIndex) {
        return behind[themeOrdinal][sideIndex];
    }

    /** The folded query words, for highlighting. */
    public List<String> queryWords() {
        return queryWords;
    }
}
