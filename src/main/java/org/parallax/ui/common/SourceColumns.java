package org.parallax.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.model.Source;

/**
 * Which sources get a column in the tables that have one per source (the points table, the coverage heat map and
 * grid; decision 0067). A {@code TableView} virtualises rows, not columns: every visible row lays out a cell for
 * every column, so a corpus of thousands of sources would stop the window. At most {@link #LIMIT} get one.
 */
public final class SourceColumns {
    /** The most sources given a column. */
    public static final int LIMIT = 40;

    private SourceColumns() {
    }

    /**
     * The positions (model order) of the sources that get a column: all of them when there are at most
     * {@link #LIMIT}; else the sources chosen in the filter bar, then the first of the others, up to {@link #LIMIT}
     * in all, in model order.
     */
    public static List<Integer> shown(List<Source> sources, FilterCriteria criteria) {
        boolean[] chosen = new boolean[sources.size()];
        int room = LIMIT;
        if (sources.size() > LIMIT) {
            for (int i = 0; i < sources.size() && room > 0; i++) {
                if (criteria.sources().contains(sources.get(i).id())) {
                    chosen[i] = true;
                    room--;
                }
            }
        }
        for (int i = 0; i < sources.size() && room > 0; i++) {
            if (!chosen[i]) {
                chosen[i] = true;
                room--;
            }
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (chosen[i]) {
                shown.add(i);
            }
        }
        return shown;
    }

    /**
     * Column headers, by model position: each source's short name, unique within the sources (a later source
     * sharing a name gets " 2", " 3": {@link org.parallax.model.ShortNames#unique}), the same name the filter bar,
     * chips and cards show.
     */
    public static String[] headers(List<Source> sources) {
        java.util.Map<String, String> names = org.parallax.model.ShortNames.unique(sources);
        String[] headers = new String[sources.size()];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = names.getOrDefault(sources.get(i).id(), sources.get(i).id());
        }
        return headers;
    }

    /** A source column wide enough for its header in the default bold font (never under 96 px). */
    public static double width(String header) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(header);
        text.setStyle("-fx-font-weight: bold");
        return Math.max(96, Math.ceil(text.getLayoutBounds().getWidth() * 1.12) + 36);
    }

    /**
     * What the per-source columns of a table depend on: for each shown source its id, header, title and whether its
     * text is in the corpus. A table keeps its columns (and their cells) while this stays the same, as when another
     * model with the same sources opens (decision 0145).
     */
    public static List<String> key(List<Source> sources, List<Integer> shown) {
        String[] headers = headers(sources);
        List<String> key = new ArrayList<>(shown.size() + 1);
        key.add(Integer.toString(sources.size()));
        for (int i : shown) {
            Source source = sources.get(i);
            key.add(i + "\u0000" + source.id() + "\u0000" + headers[i] + "\u0000" + source.title() + "\u0000"
                    + (source.file() != null));
        }
        return key;
    }

    /** What a table with fewer columns than sources says above itself. */
    public static String note(int shown, int total) {
        return String.format(Locale.ROOT, "Showing %d of %,d sources: the ones chosen in the filter bar, then the "
                + "first in model order. Choose sources there to compare others.", shown, total);
    }
}
