package org.parallax.io.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Source;

/**
 * Points x sources for the exported points: how many quotes each source gives the point in the model, or why it
 * gives none: {@link Cell#SILENT} (the article was read and does not make the point: a blind spot) or
 * {@link Cell#NO_TEXT} (no text of the work is in the corpus, decision 0054). Rows are the points of the exported
 * quotes (all points when none is selected), columns every source of the model, both in model order.
 */
public record CoverageMatrix(List<Point> points, List<Source> sources, Cell[][] cells) {

    /** One cell: a number of quotes, or the kind of silence. */
    public record Cell(int quotes, String label) {
        public static final Cell SILENT = new Cell(0, "silent");
        public static final Cell NO_TEXT = new Cell(0, "no text");

        public boolean makesPoint() {
            return quotes > 0;
        }

        /** The cell as text: the number of quotes, "silent" or "no text". */
        public String text() {
            return label != null ? label : Integer.toString(quotes);
        }
    }

    public static CoverageMatrix of(Model model, List<QuoteRow> rows) {
        Set<String> chosen = new LinkedHashSet<>();
        for (QuoteRow row : rows) {
            chosen.add(row.point().id());
        }
        List<Point> points = new ArrayList<>();
        for (Point point : model.points()) {
            if (rows.isEmpty() || chosen.contains(point.id())) {
                points.add(point);
            }
        }
        List<Source> sources = model.sources();
        Cell[][] cells = new Cell[points.size()][sources.size()];
        for (int p = 0; p < points.size(); p++) {
            for (int s = 0; s < sources.size(); s++) {
                Source source = sources.get(s);
                int quotes = points.get(p).framingOf(source.id()).map(Framing::quotes).map(List::size).orElse(0);
                cells[p][s] = quotes > 0 ? new Cell(quotes, null) : source.hasFile() ? Cell.SILENT : Cell.NO_TEXT;
            }
        }
        return new CoverageMatrix(points, sources, cells);
    }

    public Cell cell(int point, int source) {
        return cells[point][source];
    }
}
