package org.parallax.ui.explorer;

import java.util.List;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteFilter;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Framing;
import org.parallax.model.Side;
import org.parallax.model.Stance;

/**
 * The result of applying one {@link FilterCriteria} to a snapshot, computed in a single pass over the quotes: which
 * quotes and points pass, the visible counts, and per theme and side how many visible points the shown framings
 * present as an advantage or a constraint for their main side (the "wins" of the comparison headers).
 */
public final class FilterPass {
    private final FilterCriteria criteria;
    private final boolean[] quotePass;
    private final boolean[] pointPass;
    private final int visibleQuotes;
    private final int visiblePoints;
    private final int[] visiblePointsPerTheme;
    private final int[][] ahead;
    private final int[][] behind;
    private final List<String> queryWords;
    private final QuoteFilter filter; // kept so the next, narrower criteria re-test only its passing rows

    private FilterPass(FilterCriteria criteria, boolean[] quotePass, boolean[] pointPass, int visibleQuotes,
                       int visiblePoints, int[] visiblePointsPerTheme, int[][] ahead, int[][] behind,
                       List<String> queryWords, QuoteFilter filter) {
        this.criteria = criteria;
        this.filter = filter;
        this.quotePass = quotePass;
        this.pointPass = pointPass;
        this.visibleQuotes = visibleQuotes;
        this.visiblePoints = visiblePoints;
        this.visiblePointsPerTheme = visiblePointsPerTheme;
        this.ahead = ahead;
        this.behind = behind;
        this.queryWords = queryWords;
    }

    public static FilterPass compute(ModelSnapshot snapshot, FilterCriteria criteria) {
        return compute(snapshot, criteria, null);
    }

    /**
     * Like {@link #compute(ModelSnapshot, FilterCriteria)}; when {@code previous} (may be null, or of another
     * snapshot) had criteria these only narrow, such as one more typed character, only its passing rows are re-tested.
     */
    public static FilterPass compute(ModelSnapshot snapshot, FilterCriteria criteria, FilterPass previous) {
        // decided for the whole catalog at once (facet masks and the search index), then read per row
        QuoteFilter filter = snapshot.catalog().filter(criteria, previous == null ? null : previous.filter);
        List<QuoteRow> quotes = snapshot.quotes();
        List<PointRow> points = snapshot.points();
        List<Side> sides = snapshot.model().sides();
        boolean[] quotePass = new boolean[quotes.size()];
        boolean[] pointPass = new boolean[points.size()];
        int[] perTheme = new int[snapshot.themeSlots()];
        int[][] ahead = new int[snapshot.themeSlots()][sides.size()];
        int[][] behind = new int[snapshot.themeSlots()][sides.size()];
        List<String> words = filter.queryWords();
        boolean quoteLevelConstraints = !criteria.sources().isEmpty() || !criteria.sides().isEmpty()
                || !criteria.stances().isEmpty() || !criteria.certainties().isEmpty();
        int visibleQuotes = 0;
        int visiblePoints = 0;
        for (PointRow point : points) {
            int advantage = 0;
            int constraint = 0;
            boolean any = false;
            Framing lastFraming = null;
            for (int q = point.firstQuote(); q < point.endQuote(); q++) {
                QuoteRow row = quotes.get(q);
                if (filter.test(row)) {
                    quotePass[q] = true;
                    visibleQuotes++;
                    any = true;
                    if (row.framing() != lastFraming) { // count each shown framing once
                        lastFraming = row.framing();
                        advantage += lastFraming.stance() == Stance.ADVANTAGE ? 1 : 0;
                        constraint += lastFraming.stance() == Stance.CONSTRAINT ? 1 : 0;
                    }
                }
            }
            if (point.quoteCount() == 0 && !quoteLevelConstraints) {
                any = passesPointLevel(point, criteria, words);
            }
            if (any) {
                pointPass[point.index()] = true;
                visiblePoints++;
                perTheme[point.themeOrdinal()]++;
                int side = sideIndex(sides, point.mainSide());
                if (side >= 0 && advantage > constraint) {
                    ahead[point.themeOrdinal()][side]++;
                } else if (side >= 0 && constraint > advantage) {
                    behind[point.themeOrdinal()][side]++;
                }
            }
        }
        return new FilterPass(criteria, quotePass, pointPass, visibleQuotes, visiblePoints, perTheme, ahead, behind,
                words, filter);
    }

    private static boolean passesPointLevel(PointRow point, FilterCriteria criteria, List<String> words) {
        return (criteria.themes().isEmpty() || criteria.themes().contains(point.point().theme()))
                && (criteria.points().isEmpty() || criteria.points().contains(point.point().id()))
                && words.stream().allMatch(point.foldedText()::contains);
    }

    private static int sideIndex(List<Side> sides, String id) {
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The folded words of a query, as {@link QuoteFilter} splits them. */
    public static List<String> queryWords(String query) {
        return QuoteFilter.of(FilterCriteria.NONE.withQuery(query)).queryWords();
    }

    public FilterCriteria criteria() {
        return criteria;
    }

    public boolean quotePasses(int order) {
        return order < quotePass.length && quotePass[order];
    }

    public boolean pointPasses(int index) {
        return index < pointPass.length && pointPass[index];
    }

    public boolean themePasses(int themeOrdinal) {
        return themeOrdinal < visiblePointsPerTheme.length && visiblePointsPerTheme[themeOrdinal] > 0;
    }

    public int visibleQuotes() {
        return visibleQuotes;
    }

    public int visiblePoints() {
        return visiblePoints;
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
