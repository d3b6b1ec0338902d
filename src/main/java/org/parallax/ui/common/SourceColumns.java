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
     * Column headers, by model position: a source's short name ({@link Marks#shortName}) when no other source of
     * the model shares it, else its whole id, so two columns never read the same ("blue" and "blue" for
     * {@code blue-m2415} and {@code blue-k1202}).
     */
    public static String[] headers(List<Source> sources) {
        java.util.Map<String, Integer> uses = new java.util.HashMap<>();
        for (Source source : sources) {
            uses.merge(Marks.shortName(source.id()), 1, Integer::sum);
        }
        String[] headers = new String[sources.size()];
        for (int i = 0; i < headers.length; i++) {
            String id = sources.get(i).id();
            String shortName = Marks.shortName(id);
            headers[i] = uses.get(shortName) == 1 ? shortName : id;
        }
        return headers;
    }

    /** What a table with fewer columns than sources says above itself. */
    public static String note(int shown, int total) {
        return String.format(Locale.ROOT, "Showing %d of %,d sources: the ones chosen in the filter bar, then the "
                + "first in model order. Choose sources there to compare others.", shown, total);
    }
}
