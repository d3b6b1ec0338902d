package org.parallax.analysis.stats;

import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * How many points each source makes under each theme (a point counts once per source however many quotes
 * carry it), with totals: points per theme, points per source, and all points. Rows and columns follow the
 * model's theme and source order.
 */
public final class PointCounts {
    private final List<Theme> themes;
    private final List<Source> sources;
    private final int[][] cells;
    private final int[] pointsPerTheme;
    private final int[] pointsPerSource;
    private final int totalPoints;

    private PointCounts(Model model) {
        this.themes = model.themes();
        this.sources = model.sources();
        this.cells = new int[themes.size()][sources.size()];
        this.pointsPerTheme = new int[themes.size()];
        this.pointsPerSource = new int[sources.size()];
        int counted = 0;
        for (Point point : model.points()) {
            int row = model.themeIndex(point.theme());
            if (row == Integer.MAX_VALUE) {
                continue; // a valid model has no such point
            }
            counted++;
            pointsPerTheme[row]++;
            boolean[] seen = new boolean[sources.size()];
            for (Framing framing : point.framings()) {
                int column = model.sourceIndex(framing.source());
                if (column != Integer.MAX_VALUE && !seen[column]) {
                    seen[column] = true;
                    cells[row][column]++;
                    pointsPerSource[column]++;
                }
            }
        }
        this.totalPoints = counted;
    }

    public static PointCounts of(Model model) {
        return new PointCounts(model);
    }

    public List<Theme> themes() {
        return themes;
    }

    public List<Source> sources() {
        return sources;
    }

    /** Points of theme {@code row} that source {@code column} makes. */
    public int count(int row, int column) {
        return cells[row][column];
    }

    public int pointsInTheme(int row) {
        return pointsPerTheme[row];
    }

    public int pointsOfSource(int column) {
        return pointsPerSource[column];
    }

    public int totalPoints() {
        return totalPoints;
    }
}
