package org.parallax.ui.comparison;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.ui.explorer.ComparisonRow;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.FilterPass;
import org.parallax.ui.explorer.PointRow;

/** What the China-vs-US comparison shows: per point and side the claim and the framings that back it. */
public final class ComparisonViewModel {
    private final ExplorerViewModel explorer;

    public ComparisonViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public List<Side> sides() {
        return explorer.model().sides();
    }

    /**
     * The framings that support the side's claim: those with a quote about the side; framings whose quotes name no
     * side back the point's main side.
     */
    public List<Framing> supporters(PointRow row, String sideId) {
        List<Framing> supporting = new ArrayList<>();
        for (Framing framing : row.point().framings()) {
            boolean anySide = false;
            boolean thisSide = false;
            for (Quote quote : framing.quotes()) {
                anySide |= quote.side() != null;
                thisSide |= sideId.equals(quote.side());
            }
            if (thisSide || !anySide && sideId.equals(row.mainSide())) {
                supporting.add(framing);
            }
        }
        return supporting;
    }

    /** "ahead on 2 · held back on 1": the theme header's tally for a side (see {@code FilterPass#ahead}). */
    public String tally(ComparisonRow.ThemeHeader header, int sideIndex) {
        FilterPass pass = explorer.pass();
        int ahead = pass.ahead(header.themeOrdinal(), sideIndex);
        int behind = pass.behind(header.themeOrdinal(), sideIndex);
        return "ahead on " + ahead + " · held back on " + behind;
    }

    public int visiblePoints(ComparisonRow.ThemeHeader header) {
        return explorer.pass().visiblePoints(header.themeOrdinal());
    }

    public String sourceTitle(String sourceId) {
        return explorer.model().source(sourceId).map(s -> s.title()).orElse(sourceId);
    }
}
