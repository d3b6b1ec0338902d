package org.parallax.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * Turns what a user typed after {@code --theme}, {@code --source}, {@code --side}, {@code --point},
 * {@code --from} or {@code --to} into a model id. An id matches as given; otherwise the id, the label (a
 * theme's or side's label, a source's short name or title, a point's title) match ignoring case. An unknown
 * or ambiguous name is a {@link UserError} (exit 1) listing the known ids, each with its name.
 */
final class IdResolver<T> {
    /** Beyond this many known ids (a generated model's points) the list is cut, with a count of the rest. */
    static final int MAX_LISTED = 40;

    private final String kind;
    private final List<T> items;
    private final Function<T, String> id;
    private final Function<T, List<String>> names;

    private IdResolver(String kind, List<T> items, Function<T, String> id, Function<T, List<String>> names) {
        this.kind = kind;
        this.items = items;
        this.id = id;
        this.names = names;
    }

    static IdResolver<Theme> themes(Model model) {
        return new IdResolver<>("theme", model.themes(), Theme::id, theme -> List.of(theme.label()));
    }

    static IdResolver<Source> sources(Model model) {
        return new IdResolver<>("source", model.sources(), Source::id,
                source -> List.of(model.shortName(source.id()), source.title()));
    }

    static IdResolver<Side> sides(Model model) {
        return new IdResolver<>("side", model.sides(), Side::id, side -> List.of(side.label()));
    }

    static IdResolver<Point> points(Model model) {
        return new IdResolver<>("point", model.points(), Point::id, point -> List.of(point.title()));
    }

    /** The id {@code given} names; exit 1 with the known ids when it names none, or more than one. */
    String resolve(String given) {
        for (T item : items) {
            if (id.apply(item).equals(given)) {
                return given;
            }
        }
        String folded = fold(given);
        Set<String> matches = new LinkedHashSet<>();
        for (T item : items) {
            if (fold(id.apply(item)).equals(folded)) {
                matches.add(id.apply(item));
            }
        }
        if (matches.isEmpty()) {
            for (T item : items) {
                for (String name : names.apply(item)) {
                    if (name != null && fold(name).equals(folded)) {
                        matches.add(id.apply(item));
                    }
                }
            }
        }
        if (matches.size() == 1) {
            return matches.iterator().next();
        }
        if (matches.isEmpty()) {
            throw new UserError("unknown " + kind + " '" + given + "'; known " + plural() + ":\n" + known(items));
        }
        List<T> ambiguous = items.stream().filter(item -> matches.contains(id.apply(item))).toList();
        throw new UserError(kind + " '" + given + "' could be any of these " + plural() + "; give the id:\n"
                + known(ambiguous));
    }

    /** Each of {@code given} resolved, in order, duplicates dropped; the first unknown one ends the run. */
    Set<String> resolveAll(List<String> given) {
        Set<String> ids = new LinkedHashSet<>();
        for (String one : given) {
            ids.add(resolve(one));
        }
        return ids;
    }

    /** Like {@link #resolveAll(List)}, but each unknown name adds its message to {@code errors} instead. */
    Set<String> resolveAll(List<String> given, List<String> errors) {
        Set<String> ids = new LinkedHashSet<>();
        for (String one : given) {
            try {
                ids.add(resolve(one));
            } catch (UserError unknown) {
                errors.add(unknown.getMessage());
            }
        }
        return ids;
    }

    private String plural() {
        return kind + "s";
    }

    /** One line per id, {@code   id  (name)}, cut after {@value #MAX_LISTED}. */
    private String known(List<T> listed) {
        List<String> lines = new ArrayList<>();
        int width = listed.stream().limit(MAX_LISTED).mapToInt(item -> id.apply(item).length()).max().orElse(0);
        for (T item : listed.subList(0, Math.min(listed.size(), MAX_LISTED))) {
            String itemId = id.apply(item);
            String name = names.apply(item).get(0);
            lines.add("  " + itemId + (name == null || name.equals(itemId) ? ""
                    : " ".repeat(width - itemId.length() + 2) + name));
        }
        if (listed.isEmpty()) {
            lines.add("  (none)");
        }
        if (listed.size() > MAX_LISTED) {
            lines.add("  ... and " + (listed.size() - MAX_LISTED) + " more");
        }
        return String.join("\n", lines);
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
