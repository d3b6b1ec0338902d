package org.parallax.ui.comparison;

import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.ui.common.Showing;
import org.parallax.ui.common.SourceNames;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.ui.explorer.ComparisonRow;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.FilterPass;
import org.parallax.ui.explorer.PointRow;

/**
 * What the China-vs-US comparison shows: per point and side the claim and the framings that back it. Its rows are
 * replaced (one {@code setAll}) after every filter pass while the tab shows, so the table redraws its cells (counts,
 * tallies, marks, query words) without {@code TableView.refresh()}; while hidden they wait, and catch up once when
 * it shows (decision 0145).
 */
public final class ComparisonViewModel {
    private final ExplorerViewModel explorer;
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Showing showing = new Showing(this::showPass);
    /** The pass the rows come from: headers' counts are read from it, not from a newer pass the tab has not shown. */
    private FilterPass shown;

    public ComparisonViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.passProperty().addListener((o, before, now) -> showing.changed());
        showPass();
    }

    private void showPass() {
        shown = explorer.pass();
        rows.setAll(explorer.comparisonRows());
    }

    /** The table's rows: theme headers and points, as of the last filter pass while the tab showed. */
    public ObservableList<ComparisonRow> rows() {
        return rowsView;
    }

    /** Whether the comparison tab shows; bound to its selection. */
    public BooleanProperty showingProperty() {
        return showing.showingProperty();
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
        FilterCriteria criteria = explorer.criteria();
        for (Framing framing : row.point().framings()) {
            // the source, stance and certainty filters hide the framings they exclude (they are framing-level)
            if (!criteria.sources().isEmpty() && !criteria.sources().contains(framing.source())
                    || !criteria.stances().isEmpty() && !criteria.stances().contains(framing.stance())
                    || !criteria.certainties().isEmpty() && !criteria.certainties().contains(framing.certainty())) {
                continue;
            }
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
        int ahead = shown.ahead(header.themeOrdinal(), sideIndex);
        int behind = shown.behind(header.themeOrdinal(), sideIndex);
        return "ahead on " + ahead + " · held back on " + behind;
    }

    public int visiblePoints(ComparisonRow.ThemeHeader header) {
        return shown.visiblePoints(header.themeOrdinal());
    }

    /** False when a side filter excludes the side: its column is hidden. */
    public boolean showsSide(String sideId) {
        java.util.Set<String> sides = explorer.criteria().sides();
        return sides.isEmpty() || sides.contains(sideId);
    }

    /** A source's one short name. */
    public String sourceName(String sourceId) {
        return SourceNames.of(explorer.model(), sourceId);
    }

    public String sourceTitle(String sourceId) {
        return explorer.model().source(sourceId).map(s -> s.title()).orElse(sourceId);
    }
}
