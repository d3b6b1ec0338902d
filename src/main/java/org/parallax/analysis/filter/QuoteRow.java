package org.parallax.analysis.filter;

import org.parallax.model.Framing;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * One quote with everything it hangs from, flattened for tables, filters and exports. {@code order} is
 * its position in canonical order (theme, point, source, quote order of the model); {@code searchText} is
 * the folded text the query matches (quote, frame, point title and claims).
 */
public record QuoteRow(int order, Point point, Theme theme, Framing framing, Source source, Quote quote,
                       String searchText) {
}
