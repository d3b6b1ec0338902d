package org.parallax.analysis.filter;

import java.util.Set;
import org.parallax.model.Certainty;
import org.parallax.model.Stance;

/**
 * What the user filters by. Within a kind the chosen values are alternatives (OR); across kinds all must
 * hold (AND). An empty set, or a blank query, does not constrain. The same criteria drive the window and
 * {@code parallax export}.
 */
public record FilterCriteria(Set<String> themes, Set<String> sources, Set<String> sides, Set<Stance> stances,
                             Set<Certainty> certainties, Set<String> points, String query) {
    public static final FilterCriteria NONE =
            new FilterCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");

    public FilterCriteria {
        themes = Set.copyOf(themes);
        sources = Set.copyOf(sources);
        sides = Set.copyOf(sides);
        stances = Set.copyOf(stances);
        certainties = Set.copyOf(certainties);
        points = Set.copyOf(points);
        query = query == null ? "" : query;
    }

    public boolean isEmpty() {
        return themes.isEmpty() && sources.isEmpty() && sides.isEmpty() && stances.isEmpty()
                && certainties.isEmpty() && points.isEmpty() && query.isBlank();
    }

    public FilterCriteria withThemes(Set<String> value) {
        return new FilterCriteria(value, sources, sides, stances, certainties, points, query);
    }

    public FilterCriteria withSources(Set<String> value) {
        return new FilterCriteria(themes, value, sides, stances, certainties, points, query);
    }

    public FilterCriteria withSides(Set<String> value) {
        return new FilterCriteria(themes, sources, value, stances, certainties, points, query);
    }

    public FilterCriteria withStances(Set<Stance> value) {
        return new FilterCriteria(themes, sources, sides, value, certainties, points, query);
    }

    public FilterCriteria withCertainties(Set<Certainty> value) {
        return new FilterCriteria(themes, sources, sides, stances, value, points, query);
    }

    public FilterCriteria withPoints(Set<String> value) {
        return new FilterCriteria(themes, sources, sides, stances, certainties, value, query);
    }

    public FilterCriteria withQuery(String value) {
        return new FilterCriteria(themes, sources, sides, stances, certainties, points, value);
    }
}
