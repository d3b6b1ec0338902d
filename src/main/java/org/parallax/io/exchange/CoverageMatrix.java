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
public record CoverageMatrix(List<Point> points, List<Source> sources, Cell[][] cells, int sourcesLeftOut) {
    /**
     * At most this many source columns: a 2,500-source corpus would make a sheet of tens of millions of cells that no
     * spreadsheet or browser opens usefully (the window stops at 40, decision 0067). The sources the exported quotes
     * cite come first, then the others, each in model order; {@link #sourcesLeftOut()} says how many are not shown.
     * With many points the columns shrink further to keep about {@link #MAX_CELLS} cells (at least 40 columns).
     */
    public static final int MAX_SOURCES = 250;
    /** And at most about this many cells: with many points, fewer source columns (never fewer than 40). */
    static final int MAX_CELLS = 1_000_000;
    static final int MIN_SOURCES = 40;


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
        int limit = Math.max(MIN_SOURCES, Math.min(MAX_SOURCES, MAX_CELLS / Math.max(1, points.size())));
        List<Source> sources = columns(model, rows, limit);
        Cell[][] cells = new Cell[points.size()][sources.size()];
        for (int p = 0; p < points.size(); p++) {
            for (int s = 0; s < sources.size(); s++) {
                Source source = sources.get(s);
                int quotes = points.get(p).framingOf(source.id()).map(Framing::quotes).map(List::size).orElse(0);
                cells[p][s] = quotes > 0 ? new Cell(quotes, null) : source.hasFile() ? Cell.SILENT : Cell.NO_TEXT;
            }
        }
        return new CoverageMatrix(points, sources, cells, model.sources().size() - sources.size());
    }

    private static List<Source> columns(Model model, List<QuoteRow> rows, int limit) {
        if (model.sources().size() <= limit) {
            return model.sources();
        }
        Set<String> cited = new java.util.HashSet<>();
        for (QuoteRow row : rows) {
            cited.add(row.framing().source());
        }
        List<Source> columns = new ArrayList<>(limit);
        for (Source source : model.sources()) {
            if (columns.size() < limit && cited.contains(source.id())) {
                columns.add(source);
            }
        }
        for (Source source : model.sources()) {
            if (columns.size() < limit && !cited.contains(source.id())) {
                columns.add(source);
            }
        }
        columns.sort(java.util.Comparator.comparingInt(source -> model.sourceIndex(source.id())));
        return columns;
    }

    public Cell cell(int point, int source) {
        return cells[point][source];
    }
}
