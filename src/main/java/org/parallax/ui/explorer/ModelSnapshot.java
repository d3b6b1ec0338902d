package org.parallax.ui.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.analysis.filter.TextFolding;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Theme;

/**
 * Everything the window derives from a model once: the quote catalog, the point rows, the comparison rows and the
 * theme x source coverage counts. Immutable and built off the FX thread (it folds every quote's text once).
 */
public final class ModelSnapshot {
    public static final ModelSnapshot EMPTY = of(new Model(Model.SCHEMA_VERSION, "", List.of(), List.of(),
            List.of(), List.of()));

    private final Model model;
    private final QuoteCatalog catalog;
    private final List<PointRow> points;
    private final List<ComparisonRow> comparisonRows;
    private final int[][] themeSourceCounts;
    private final int[][] themeSourceQuotes;
    private final int[] pointOfQuote;
    private final PassLayout layout;

    private ModelSnapshot(Model model, QuoteCatalog catalog, List<PointRow> points, List<ComparisonRow> comparison,
                          int[][] themeSourceCounts, int[][] themeSourceQuotes, int[] pointOfQuote) {
        this.model = model;
        this.catalog = catalog;
        this.points = List.copyOf(points);
        this.comparisonRows = List.copyOf(comparison);
        this.themeSourceCounts = themeSourceCounts;
        this.themeSourceQuotes = themeSourceQuotes;
        this.pointOfQuote = pointOfQuote;
        this.layout = PassLayout.of(model, catalog.rows(), this.points, this.comparisonRows, pointOfQuote);
    }

    /** Derives the snapshot of a model: O(quotes + points x sources). */
    public static ModelSnapshot of(Model model) {
        QuoteCatalog catalog = QuoteCatalog.of(model);
        List<QuoteRow> rows = catalog.rows();
        List<Point> sorted = new ArrayList<>(model.points());
        // the same stable order as QuoteCatalog: theme order, then model order
        sorted.sort(Comparator.comparingInt(p -> model.themeIndex(p.theme())));
        int themeCount = model.themes().size();
        int sourceCount = model.sources().size();
        int[][] counts = new int[themeCount + 1][sourceCount];
        int[][] quotes = new int[themeCount + 1][sourceCount];
        int[] pointOfQuote = new int[rows.size()];
        List<PointRow> pointRows = new ArrayList<>(sorted.size());
        List<ComparisonRow> comparison = new ArrayList<>(sorted.size() + themeCount + 1);
        int cursor = 0;
        int lastTheme = -1;
        for (Point point : sorted) {
            int themeOrdinal = Math.min(model.themeIndex(point.theme()), themeCount);
            Theme theme = model.theme(point.theme()).orElse(null);
            if (themeOrdinal != lastTheme) {
                comparison.add(new ComparisonRow.ThemeHeader(theme, theme == null ? point.theme() : theme.label(),
                        themeOrdinal));
                lastTheme = themeOrdinal;
            }
            // the covering sources' indices, sorted: a point has a few framings, a model may have thousands of
            // sources, so one flag per source would cost points x sources
            int[] covering = new int[point.framings().size()];
            int coveringCount = 0;
            for (Framing framing : point.framings()) {
                int s = model.sourceIndex(framing.source());
                if (s >= 0 && s < sourceCount) {
                    if (!contains(covering, coveringCount, s)) {
                        covering[coveringCount++] = s;
                        counts[themeOrdinal][s]++;
                    }
                    quotes[themeOrdinal][s] += framing.quotes().size();
                }
            }
            covering = Arrays.copyOf(covering, coveringCount);
            Arrays.sort(covering);
            int first = cursor;
            int end = cursor + point.quoteCount();
            for (int q = first; q < end; q++) {
                if (rows.get(q).point() != point) {
                    throw new IllegalStateException("quote catalog order differs from point order at " + q);
                }
                pointOfQuote[q] = pointRows.size();
            }
            cursor = end;
            String folded = TextFolding.fold(point.title() + "\n" + String.join("\n", point.claims().values()));
            PointRow row = new PointRow(pointRows.size(), point, theme, themeOrdinal, first, end, covering,
                    mainSide(model, point), folded);
            pointRows.add(row);
            comparison.add(new ComparisonRow.PointLine(row));
        }
        return new ModelSnapshot(model, catalog, pointRows, comparison, counts, quotes, pointOfQuote);
    }

    /**
     * The side a point is mainly about: the side most of its quotes speak of (ties go to the side listed first in
     * the model); without side-tagged quotes, the first side it has a claim for; else null.
     */
    static String mainSide(Model model, Point point) {
        Map<String, Integer> votes = new HashMap<>();
        for (Framing framing : point.framings()) {
            for (Quote quote : framing.quotes()) {
                if (quote.side() != null) {
                    votes.merge(quote.side(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestVotes = 0;
        for (Side side : model.sides()) {
            int v = votes.getOrDefault(side.id(), 0);
            if (v > bestVotes) {
                best = side.id();
                bestVotes = v;
            }
        }
        if (best != null) {
            return best;
        }
        for (Side side : model.sides()) {
            if (point.claims().containsKey(side.id())) {
                return side.id();
            }
        }
        return null;
    }

    public Model model() {
        return model;
    }

    public QuoteCatalog catalog() {
        return catalog;
    }

    public List<QuoteRow> quotes() {
        return catalog.rows();
    }

    public List<PointRow> points() {
        return points;
    }

    public List<ComparisonRow> comparisonRows() {
        return comparisonRows;
    }

    public boolean isEmpty() {
        return model.points().isEmpty() && model.sources().isEmpty();
    }

    /** The number of theme ordinals: the model's themes plus one slot for points of an unknown theme. */
    public int themeSlots() {
        return themeSourceCounts.length;
    }

    /** How many points of the theme (ordinal) the source (model index) makes. */
    public int pointCount(int themeOrdinal, int sourceIndex) {
        return themeSourceCounts[themeOrdinal][sourceIndex];
    }

    /** How many quotes the source gives for the theme's points. */
    public int quoteCount(int themeOrdinal, int sourceIndex) {
        return themeSourceQuotes[themeOrdinal][sourceIndex];
    }

    /** The rows as flat arrays, so that a filter pass reads no row objects (see {@link PassLayout}). */
    PassLayout layout() {
        return layout;
    }

    /** The point row a catalog quote (by its order) belongs to. */
    public PointRow pointOf(QuoteRow quote) {
        return points.get(pointOfQuote[quote.order()]);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
