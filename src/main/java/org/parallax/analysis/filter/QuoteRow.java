package org.parallax.analysis.filter;

import org.parallax.model.Framing;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * One quote with everything it hangs from, flattened for tables, filters and exports. {@code order} is
 * its position in canonical order (theme, point, source, quote order of the model).
 */
public record QuoteRow(int order, Point point, Theme theme, Framing framing, Source source, Quote quote) {

    /**
     * The folded text the query matches: the quote, then its point's title and claims, then its framing's frame,
     * one per line. Folded on each call: a {@link QuoteCatalog} keeps this text once, in its search index, rather
     * than a copy per row (decision 0017).
     */
    public String searchText() {
        return TextFolding.fold(quote.text()) + "\n" + contextText(pointText(point), framing);
    }

    /** The folded title and claims of a point, one per line. */
    static String pointText(Point point) {
        // folding is per code point, so folding the parts once and joining them equals folding the whole
        return TextFolding.fold(point.title() + "\n" + String.join("\n", point.claims().values()));
    }

    /** The folded text all quotes of a framing share: its point's text ({@link #pointText}), then the frame. */
    static String contextText(String pointText, Framing framing) {
        return pointText + "\n" + TextFolding.fold(framing.frame());
    }
}
