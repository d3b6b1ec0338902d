package org.parallax.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A comparison: the sides, themes, sources and the points they make. Immutable; lookups by id are
 * indexed once at construction. Equality is by content, so a model read back after writing equals the original.
 */
public final class Model {
    /** The only schema version this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private final int schemaVersion;
    private final String title;
    private final List<Side> sides;
    private final List<Theme> themes;
    private final List<Source> sources;
    private final List<Point> points;

    private final Map<String, Side> sideById;
    private final Map<String, Theme> themeById;
    private final Map<String, Source> sourceById;
    private final Map<String, Point> pointById;
    private final Map<String, Integer> themeOrder;
    private final Map<String, Integer> sourceOrder;
    /** The top-level {@code "$schema"} of the file, kept so a rewrite keeps it; null when absent. */
    private final String schema;
    /** Unique short names by source id, made on first use (the command line rarely asks). */
    private volatile Map<String, String> shortNames;

    public Model(int schemaVersion, String title, List<Side> sides, List<Theme> themes, List<Source> sources,
                 List<Point> points) {
        this(schemaVersion, title, sides, themes, sources, points, null);
    }

    /** A model whose file carries a top-level {@code "$schema"} ({@code schema}, may be null). */
    public Model(int schemaVersion, String title, List<Side> sides, List<Theme> themes, List<Source> sources,
                 List<Point> points, String schema) {
        this.schema = schema;
        this.schemaVersion = schemaVersion;
        this.title = Objects.requireNonNull(title, "title");
        this.sides = List.copyOf(sides);
        this.themes = List.copyOf(themes);
        this.sources = List.copyOf(sources);
        this.points = List.copyOf(points);
        this.sideById = index(this.sides, Side::id);
        this.themeById = index(this.themes, Theme::id);
        this.sourceById = index(this.sources, Source::id);
        this.pointById = index(this.points, Point::id);
        this.themeOrder = order(this.themes, Theme::id);
        this.sourceOrder = order(this.sources, Source::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>(items.size() * 2);
        for (T item : items) {
            byId.putIfAbsent(id.apply(item), item); // the first wins; duplicates are a validation problem
        }
        return byId;
    }

    private static <T> Map<String, Integer> order(List<T> items, Function<T, String> id) {
        Map<String, Integer> positions = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            positions.putIfAbsent(id.apply(items.get(i)), i);
        }
        return positions;
    }

    public int schemaVersion() { return schemaVersion; }
    /** The file's top-level {@code "$schema"}, or null when it has none. */
    public String schema() { return schema; }
    public String title() { return title; }
    public List<Side> sides() { return sides; }
    public List<Theme> themes() { return themes; }
    public List<Source> sources() { return sources; }
    public List<Point> points() { return points; }

    public Optional<Side> side(String id) { return Optional.ofNullable(sideById.get(id)); }
    public Optional<Theme> theme(String id) { return Optional.ofNullable(themeById.get(id)); }
    public Optional<Source> source(String id) { return Optional.ofNullable(sourceById.get(id)); }
    public Optional<Point> point(String id) { return Optional.ofNullable(pointById.get(id)); }

    /** Position of a theme in the model's theme list, or {@code Integer.MAX_VALUE} when unknown. */
    public int themeIndex(String themeId) {
        return themeOrder.getOrDefault(themeId, Integer.MAX_VALUE);
    }

    /** Position of a source in the model's source list, or {@code Integer.MAX_VALUE} when unknown. */
    public int sourceIndex(String sourceId) {
        return sourceOrder.getOrDefault(sourceId, Integer.MAX_VALUE);
    }

    /** This model with other points, everything else (the {@code "$schema"} included) kept. */
    public Model withPoints(List<Point> newPoints) {
        return new Model(schemaVersion, title, sides, themes, sources, newPoints, schema);
    }

    /** This model with another top-level {@code "$schema"} (null for none). */
    public Model withSchema(String newSchema) {
        return new Model(schemaVersion, title, sides, themes, sources, points, newSchema);
    }

    /**
     * The source's short name, unique within this model ({@link ShortNames#unique}, decision 0100); the id itself
     * for an unknown source.
     */
    public String shortName(String sourceId) {
        Map<String, String> names = shortNames;
        if (names == null) {
            names = ShortNames.unique(sources);
            shortNames = names;
        }
        return names.getOrDefault(sourceId, sourceId);
    }

    /** Points no source makes yet (an empty {@code framings} list): validate counts them in its summary. */
    public int pointsWithoutFramings() {
        int count = 0;
        for (Point point : points) {
            if (point.framings().isEmpty()) {
                count++;
            }
        }
        return count;
    }

    public int quoteCount() {
        int count = 0;
        for (Point point : points) {
            count += point.quoteCount();
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Model that
                && schemaVersion == that.schemaVersion
                && Objects.equals(schema, that.schema)
                && title.equals(that.title)
                && sides.equals(that.sides)
                && themes.equals(that.themes)
                && sources.equals(that.sources)
                && points.equals(that.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schemaVersion, schema, title, sides, themes, sources, points);
    }

    @Override
    public String toString() {
        return "Model[" + title + ": " + sources.size() + " sources, " + themes.size() + " themes, "
                + points.size() + " points]";
    }
}
