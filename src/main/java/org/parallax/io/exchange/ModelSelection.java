package org.parallax.io.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

/**
 * The model cut down to the selected quotes, for the exports that write a whole project (REFI-QDA): every theme,
 * point, side and source stays (the codebook and the documents are the project), framings keep only the selected
 * quotes, and a framing left with none goes. Selecting every quote gives the model itself.
 */
public final class ModelSelection {
    private ModelSelection() {
    }

    public static Model restrict(Model model, List<QuoteRow> rows) {
        if (rows.size() == model.quoteCount()) {
            return model;
        }
        Set<Quote> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (QuoteRow row : rows) {
            chosen.add(row.quote());
        }
        List<Point> points = new ArrayList<>(model.points().size());
        for (Point point : model.points()) {
            List<Framing> framings = new ArrayList<>();
            for (Framing framing : point.framings()) {
                List<Quote> quotes = new ArrayList<>();
                for (Quote quote : framing.quotes()) {
                    if (chosen.contains(quote)) {
                        quotes.add(quote);
                    }
                }
                if (!quotes.isEmpty()) {
                    framings.add(quotes.size() == framing.quotes().size() ? framing : framing.withQuotes(quotes));
                }
            }
            points.add(new Point(point.id(), point.theme(), point.title(), point.claims(), framings));
        }
        return new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(), model.sources(), points);
    }
}
