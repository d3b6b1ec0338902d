package org.parallax.analysis.filter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.parallax.model.Point;

/**
 * What a filter lets through: the passing rows in canonical order and the points they make visible. A point
 * is visible when at least one of its quotes passes; when the criteria constrain nothing, every point is
 * visible, quotes or not (a point no article quotes is still part of the model).
 */
public final class FilterResult {
    private final QuoteCatalog catalog;
    private final QuoteFilter filter;
    private final List<QuoteRow> rows;
    private final BitSet visiblePoints;

    FilterResult(QuoteCatalog catalog, QuoteFilter filter, List<QuoteRow> rows) {
        this.catalog = catalog;
        this.filter = filter;
        this.rows = List.copyOf(rows);
        this.visiblePoints = new BitSet(catalog.points().size());
        if (filter.criteria().isEmpty()) {
            visiblePoints.set(0, catalog.points().size());
        } else {
            for (QuoteRow row : this.rows) {
                int position = catalog.pointPosition(row.point().id());
                if (position >= 0) {
                    visiblePoints.set(position);
                }
            }
        }
    }

    public QuoteFilter filter() {
        return filter;
    }

    /** The passing rows, in canonical order. */
    public List<QuoteRow> rows() {
        return rows;
    }

    public boolean isVisible(Point point) {
        int position = catalog.pointPosition(point.id());
        return position >= 0 && visiblePoints.get(position);
    }

    /** The visible points, in canonical order. */
    public List<Point> visiblePoints() {
        List<Point> visible = new ArrayList<>(visiblePoints.cardinality());
        for (int i = visiblePoints.nextSetBit(0); i >= 0; i = visiblePoints.nextSetBit(i + 1)) {
            visible.add(catalog.points().get(i));
        }
        return visible;
    }

    public FilterSummary summary() {
        return new FilterSummary(rows.size(), catalog.rows().size(), visiblePoints.cardinality(),
                catalog.points().size());
    }

    /**
     * The result of {@code next}: when it {@linkplain QuoteFilter#narrows narrows} this result's filter (one
     * more char typed), only this result's rows are re-tested; otherwise the whole catalog.
     */
    public FilterResult refine(QuoteFilter next) {
        if (next.decidedFor(catalog) != null || !next.narrows(filter)) {
            return catalog.select(next);
        }
        List<QuoteRow> passing = new ArrayList<>();
        for (QuoteRow row : rows) {
            if (next.test(row)) {
                passing.add(row);
            }
        }
        return new FilterResult(catalog, next, passing);
    }
}
