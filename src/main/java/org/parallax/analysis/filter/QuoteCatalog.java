package org.parallax.analysis.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * A model's quotes flattened into rows in canonical order (theme order, then point order within a theme,
 * then source order, then quote order, as in the model), with their search text folded once, into the index.
 *
 * <p>Besides the rows, the catalog keeps what each row is filtered by as plain int columns and the folded
 * text as one {@link SearchIndex}, so {@link #filter(FilterCriteria)} decides all rows in a few scans of
 * contiguous memory (100,000 quotes in a few milliseconds) instead of chasing 100,000 object graphs.
 */
public final class QuoteCatalog {
    private final Model model;
    private final List<QuoteRow> rows;
    private final List<Point> points;
    private final Map<String, Integer> pointPositions;
    private final Map<String, Integer> sidePositions;
    final int[] themeOf;
    final int[] sourceOf;
    final int[] sideOf;
    final int[] stanceOf;
    final int[] certaintyOf;
    final int[] pointOf;
    final SearchIndex index;

    /** Takes ownership of {@code rows} and the column arrays, which {@link #build} made for this catalog alone. */
    private QuoteCatalog(Model model, List<QuoteRow> rows, List<Point> points, Map<String, Integer> pointPositions,
                         Map<String, Integer> sidePositions, Columns columns, SearchIndex index) {
        this.model = model;
        this.rows = Collections.unmodifiableList(rows);
        this.points = List.copyOf(points);
        this.index = index;
        this.pointPositions = pointPositions;
        this.sidePositions = sidePositions;
        themeOf = columns.theme;
        sourceOf = columns.source;
        sideOf = columns.side;
        stanceOf = columns.stance;
        certaintyOf = columns.certainty;
        pointOf = columns.point;
    }

    /** What each row is filtered by, one int array per facet, filled while the rows are laid out. */
    private static final class Columns {
        final int[] theme;
        final int[] source;
        final int[] side;
        final int[] stance;
        final int[] certainty;
        final int[] point;

        Columns(int count) {
            theme = new int[count];
            source = new int[count];
            side = new int[count];
            stance = new int[count];
            certainty = new int[count];
            point = new int[count];
        }
    }

    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> positions = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            positions.putIfAbsent(ids.get(i), i);
        }
        return positions;
    }

    public static QuoteCatalog of(Model model) {
        return build(model, true);
    }

    /**
     * A catalog for one pass over the facets only (a command-line export without {@code --query}): no search index,
     * nothing is folded, which halves the time to build it. A filter of this
     * catalog with a non-blank query is refused.
     */
    public static QuoteCatalog withoutSearchText(Model model) {
        return build(model, false);
    }

    /**
     * A catalog for one selection with {@code criteria} (a command-line export), laid out from only the points that
     * the point-level facets let through (the chosen themes and points): the rows it leaves out are rows whose
     * filter would fail on those facets anyway, so {@code select(criteria)} returns the same rows, in the same order,
     * as the whole model's catalog (the same quote, framing, point, theme and source objects; {@code order} counts
     * within this catalog). Without a query nothing is folded, as {@link #withoutSearchText}. Exporting one theme of
     * eight lays out an eighth of the rows.
     */
    public static QuoteCatalog forSelection(Model model, FilterCriteria criteria) {
        boolean withText = !criteria.query().isBlank();
        if (criteria.themes().isEmpty() && criteria.points().isEmpty()) {
            return build(model, withText);
        }
        List<Point> candidates = new ArrayList<>();
        for (Point point : model.points()) {
            if ((criteria.themes().isEmpty() || criteria.themes().contains(point.theme()))
                    && (criteria.points().isEmpty() || criteria.points().contains(point.id()))) {
                candidates.add(point);
            }
        }
        return build(new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(), model.sources(),
                candidates), withText);
    }

    /** False for {@link #withoutSearchText} catalogs, whose filters cannot take a query. */
    public boolean hasSearchText() {
        return index != null;
    }

    private static QuoteCatalog build(Model model, boolean withText) {
        List<Point> points = inThemeOrder(model);
        // first everything a row hangs from, in plain arrays; the rows are made afterwards in one tight loop, so
        // they lie side by side in memory and a predicate over 100,000 of them does not miss the cache each time
        int total = model.quoteCount();
        Point[] pointOf = new Point[total];
        Theme[] themeOf = new Theme[total];
        Framing[] framingOf = new Framing[total];
        Source[] sourceOf = new Source[total];
        Quote[] quoteOf = new Quote[total];
        Map<String, Integer> pointPositions = positions(points.stream().map(Point::id).toList());
        Map<String, Integer> sidePositions = positions(model.sides().stream().map(side -> side.id()).toList());
        Columns columns = new Columns(total);
        int count = 0;
        SearchIndex.Builder index = withText ? new SearchIndex.Builder() : null;
        for (Point point : points) {
            Theme theme = model.theme(point.theme()).orElse(null);
            // the facets of a point and of a framing are looked up once for all their quotes, not per row
            int themePosition = model.themeIndex(point.theme());
            int pointPosition = pointPositions.getOrDefault(point.id(), -1);
            String pointText = withText ? QuoteRow.pointText(point) : "";
            List<Framing> framings = inSourceOrder(model, point.framings());
            for (Framing framing : framings) {
                Source source = model.source(framing.source()).orElse(null);
                int sourcePosition = model.sourceIndex(framing.source());
                int stance = framing.stance() == null ? -1 : framing.stance().ordinal();
                int certainty = framing.certainty() == null ? -1 : framing.certainty().ordinal();
                int first = count;
                int contextPiece = withText ? index.add(QuoteRow.contextText(pointText, framing), first, first) : -1;
                for (Quote quote : framing.quotes()) {
                    pointOf[count] = point;
                    themeOf[count] = theme;
                    framingOf[count] = framing;
                    sourceOf[count] = source;
                    quoteOf[count] = quote;
                    columns.theme[count] = themePosition;
                    columns.source[count] = sourcePosition;
                    columns.side[count] = quote.side() == null ? -1 : sidePositions.getOrDefault(quote.side(), -1);
                    columns.stance[count] = stance;
                    columns.certainty[count] = certainty;
                    columns.point[count] = pointPosition;
                    if (withText) {
                        int quotePiece = index.add(TextFolding.fold(quote.text()), count, count + 1);
                        index.setPiecesOfRow(count, quotePiece, contextPiece);
                    }
                    count++;
                }
                if (withText) {
                    index.setRows(contextPiece, first, count);
                }
            }
        }
        List<QuoteRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new QuoteRow(i, pointOf[i], themeOf[i], framingOf[i], sourceOf[i], quoteOf[i]));
        }
        return new QuoteCatalog(model, rows, points, pointPositions, sidePositions, columns,
                withText ? index.build(rows.size()) : null);
    }

    /** The model's points grouped by theme in theme order, model order within a theme (unknown themes last). */
    private static List<Point> inThemeOrder(Model model) {
        List<Point> all = model.points();
        int themes = model.themes().size();
        int[] theme = new int[all.size()];
        int[] next = new int[themes + 2];
        for (int i = 0; i < theme.length; i++) {
            int position = model.themeIndex(all.get(i).theme());
            theme[i] = position >= 0 && position < themes ? position : themes;
            next[theme[i] + 1]++;
        }
        for (int t = 1; t < next.length; t++) {
            next[t] += next[t - 1]; // next[t]: where theme t's first point goes
        }
        Point[] sorted = new Point[theme.length];
        for (int i = 0; i < theme.length; i++) {
            sorted[next[theme[i]]++] = all.get(i);
        }
        return Arrays.asList(sorted);
    }

    /** A point's framings in source order; the list itself when it is in that order already (the usual case). */
    private static List<Framing> inSourceOrder(Model model, List<Framing> framings) {
        int previous = Integer.MIN_VALUE;
        for (Framing framing : framings) {
            int position = model.sourceIndex(framing.source());
            if (position < previous) {
                List<Framing> sorted = new ArrayList<>(framings);
                sorted.sort(Comparator.comparingInt(f -> model.sourceIndex(f.source()))); // stable
                return sorted;
            }
            previous = position;
        }
        return framings;
    }

    public Model model() {
        return model;
    }

    /** Every quote of the model, in canonical order; {@code rows().get(i).order() == i}. */
    public List<QuoteRow> rows() {
        return rows;
    }

    /** The model's points in canonical order (theme order, then model order). */
    public List<Point> points() {
        return points;
    }

    /** Position of a point in {@link #points()}, or -1 when the model has no such point. */
    public int pointPosition(String pointId) {
        return pointPositions.getOrDefault(pointId, -1);
    }

    /** Position of a side in the model's side list, or -1 when unknown. */
    int sidePosition(String sideId) {
        return sidePositions.getOrDefault(sideId, -1);
    }

    /** True when {@code row} is this catalog's row (not an equal row of another catalog). */
    boolean owns(QuoteRow row) {
        int order = row.order();
        return order >= 0 && order < rows.size() && rows.get(order) == row;
    }

    /**
     * The filter for these criteria, decided for every row of this catalog up front (a few milliseconds for
     * 100,000 quotes), so that testing a row is a bit lookup. Use it for the window's FilteredLists.
     */
    public QuoteFilter filter(FilterCriteria criteria) {
        return new QuoteFilter(criteria, this, null);
    }

    /**
     * Like {@link #filter(FilterCriteria)}, but when the new criteria only narrow {@code previous} (the user typed
     * one more character), only the rows {@code previous} passed are re-tested: typing a query char by char costs
     * a full sweep for the first characters only. {@code previous} may be null or of another catalog.
     */
    public QuoteFilter filter(FilterCriteria criteria, QuoteFilter previous) {
        return new QuoteFilter(criteria, this, previous);
    }

    /** The rows that pass the filter, the points they make visible, and the counts. */
    public FilterResult select(QuoteFilter filter) {
        List<QuoteRow> passing = new ArrayList<>();
        BitSet decided = filter.decidedFor(this);
        if (decided != null) {
            for (int i = decided.nextSetBit(0); i >= 0; i = decided.nextSetBit(i + 1)) {
                passing.add(rows.get(i));
            }
        } else {
            for (QuoteRow row : rows) {
                if (filter.test(row)) {
                    passing.add(row);
                }
            }
        }
        return new FilterResult(this, filter, passing);
    }

    /** The rows that pass the criteria: {@code select(filter(criteria))}. */
    public FilterResult select(FilterCriteria criteria) {
        return select(filter(criteria));
    }

    /** The rows of the given points, in canonical order (exporting a point exports its quotes). */
    public List<QuoteRow> rowsOfPoints(Collection<String> pointIds) {
        Set<String> wanted = Set.copyOf(pointIds);
        List<QuoteRow> chosen = new ArrayList<>();
        for (QuoteRow row : rows) {
            if (wanted.contains(row.point().id())) {
                chosen.add(row);
            }
        }
        return chosen;
    }
}
