package org.parallax.analysis.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/** A model's quotes flattened into rows in canonical order, with their search text folded once. */
public final class QuoteCatalog {
    private final Model model;
    private final List<QuoteRow> rows;

    private QuoteCatalog(Model model, List<QuoteRow> rows) {
        this.model = model;
        this.rows = List.copyOf(rows);
    }

    public static QuoteCatalog of(Model model) {
        List<Point> points = new ArrayList<>(model.points());
        // stable: points keep model order within a theme
        points.sort(Comparator.comparingInt(p -> model.themeIndex(p.theme())));
        List<QuoteRow> rows = new ArrayList<>(model.quoteCount());
        for (Point point : points) {
            Theme theme = model.theme(point.theme()).orElse(null);
            String pointText = point.title() + "\n" + String.join("\n", point.claims().values());
            List<Framing> framings = new ArrayList<>(point.framings());
            framings.sort(Comparator.comparingInt(f -> model.sourceIndex(f.source())));
            for (Framing framing : framings) {
                Source source = model.source(framing.source()).orElse(null);
                String framingText = pointText + "\n" + (framing.frame() == null ? "" : framing.frame());
                for (Quote quote : framing.quotes()) {
                    String searchText = TextFolding.fold(quote.text() + "\n" + framingText);
                    rows.add(new QuoteRow(rows.size(), point, theme, framing, source, quote, searchText));
                }
            }
        }
        return new QuoteCatalog(model, rows);
    }

    public Model model() {
        return model;
    }

    public List<QuoteRow> rows() {
        return rows;
    }
}
