package org.parallax.analysis.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.parallax.model.Certainty;
import org.parallax.model.Model;
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

    /**
     * One message per id that the model does not define ("unknown theme 'x' (known: a, b)"), in the order
     * themes, sources, sides, points; empty when every id resolves. The command line refuses such criteria.
     */
    public List<String> unknownIds(Model model) {
        List<String> messages = new ArrayList<>();
        report(messages, "theme", themes, id -> model.theme(id).isPresent(),
                model.themes().stream().map(t -> t.id()).collect(Collectors.joining(", ")));
        report(messages, "source", sources, id -> model.source(id).isPresent(),
                model.sources().stream().map(s -> s.id()).collect(Collectors.joining(", ")));
        report(messages, "side", sides, id -> model.side(id).isPresent(),
                model.sides().stream().map(s -> s.id()).collect(Collectors.joining(", ")));
        // a model may hold thousands of points: no list of the known ones
        report(messages, "point", points, id -> model.point(id).isPresent(), null);
        return messages;
    }

    private static void report(List<String> messages, String kind, Set<String> ids,
                               Predicate<String> known, String knownList) {
        for (String id : new TreeSet<>(ids)) {
            if (!known.test(id)) {
                messages.add("unknown " + kind + " '" + id + "'"
                        + (knownList == null ? "" : " (known: " + knownList + ")"));
            }
        }
    }
}
