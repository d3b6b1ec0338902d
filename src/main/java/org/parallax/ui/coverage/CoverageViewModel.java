package org.parallax.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.model.Source;
import org.parallax.model.Theme;
import org.parallax.ui.common.Showing;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;
import org.parallax.ui.explorer.PointRow;

/**
 * The coverage views: a theme x source heat map of how many of the points the filters let through each source makes
 * per theme (the map counts what the other views show), and the filtered points x sources grid. While the tab is
 * hidden both wait, and catch up once when it shows (decision 0145).
 */
public final class CoverageViewModel {
    /** One heat-map row: a theme and, per source, the points it makes there. */
    public record ThemeRow(Theme theme, String label, int themeOrdinal, int points, int[] counts) {
    }

    private final ExplorerViewModel explorer;
    private final ObservableList<ThemeRow> themeRows = FXCollections.observableArrayList();
    private final ObservableList<PointRow> points = FXCollections.observableArrayList();
    private final ObservableList<PointRow> pointsView = FXCollections.unmodifiableObservableList(points);
    private final Showing showing = new Showing(this::update);
    private int maxCount;

    public CoverageViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.passProperty().addListener((o, before, now) -> showing.changed());
        update();
    }

    /** Whether the coverage tab shows; bound to its selection. */
    public BooleanProperty showingProperty() {
        return showing.showingProperty();
    }

    private void update() {
        rebuild(explorer.snapshot());
        if (!sameRows(points, explorer.points())) {
            points.setAll(explorer.points());
        }
    }

    private static boolean sameRows(List<PointRow> shown, List<PointRow> next) {
        if (shown.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (shown.get(i) != next.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Counts, per theme and source, the points shown now (all of them when nothing is filtered). */
    private void rebuild(ModelSnapshot snapshot) {
        List<Theme> themes = snapshot.model().themes();
        int sources = snapshot.model().sources().size();
        int[] pointsPerTheme = new int[snapshot.themeSlots()];
        int[][] counts = new int[snapshot.themeSlots()][sources];
        for (PointRow row : explorer.points()) {
            pointsPerTheme[row.themeOrdinal()]++;
            for (int source : row.coveringSources()) {
                counts[row.themeOrdinal()][source]++;
            }
        }
        List<ThemeRow> rows = new ArrayList<>();
        maxCount = 0;
        for (int t = 0; t < themes.size(); t++) {
            for (int s = 0; s < sources; s++) {
                maxCount = Math.max(maxCount, counts[t][s]);
            }
            rows.add(new ThemeRow(themes.get(t), themes.get(t).label(), t, pointsPerTheme[t], counts[t]));
        }
        themeRows.setAll(rows);
    }

    public ObservableList<ThemeRow> themeRows() {
        return themeRows;
    }

    /** The grid's rows: the points the filters show (as of the last time the tab showed). */
    public ObservableList<PointRow> points() {
        return pointsView;
    }

    public List<Source> sources() {
        return explorer.model().sources();
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** Heat level 0 (none) to 4 (the most any cell has). */
    public int heat(int count) {
        if (count == 0 || maxCount == 0) {
            return 0;
        }
        return 1 + Math.min(3, (count * 4 - 1) / maxCount);
    }

    /** Filters every view to one theme and one source (other filters kept). */
    public void focus(ThemeRow row, Source source) {
        FilterCriteria criteria = explorer.criteria().withThemes(Set.of(row.theme().id()))
                .withSources(Set.of(source.id()));
        explorer.applyCriteria(criteria);
    }

    /** True when the filters are exactly this cell's theme and source. */
    public boolean isFocused(ThemeRow row, Source source) {
        FilterCriteria criteria = explorer.criteria();
        return criteria.themes().equals(Set.of(row.theme().id())) && criteria.sources().equals(Set.of(source.id()));
    }
}
