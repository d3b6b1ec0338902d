package org.parallax.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a model defines and the references to them. A reference is checked at once when its list has
 * been read completely (the usual order: sides, themes and sources before points), and kept for the end
 * of the pass otherwise, so no per-reference location needs to be stored for a well-ordered file.
 */
final class References {
    enum Target {
        SIDE("side", "$.sides"), THEME("theme", "$.themes"), SOURCE("source", "$.sources");

        final String noun;
        final String list;

        Target(String noun, String list) {
            this.noun = noun;
            this.list = list;
        }
    }

    private record Pending(Target target, String id, String path, int line, int column) {
    }

    private final Map<Target, Map<String, Integer>> defined = new EnumMap<>(Target.class);
    private final Map<Target, Boolean> complete = new EnumMap<>(Target.class);
    private final List<Pending> pending = new ArrayList<>();
    private final Problems problems;

    References(Problems problems) {
        this.problems = problems;
        for (Target target : Target.values()) {
            defined.put(target, new HashMap<>());
            complete.put(target, false);
        }
    }

    /** Records an id; returns the line of an earlier definition of the same id, or 0 when it is new. */
    int define(Target target, String id, int line) {
        Integer earlier = defined.get(target).putIfAbsent(id, line);
        return earlier == null ? 0 : earlier;
    }

    void complete(Target target) {
        complete.put(target, true);
    }

    boolean isDefined(Target target, String id) {
        return defined.get(target).containsKey(id);
    }

    /** A use of {@code id} at the parser's current token ({@code at}) and {@code path}. */
    void use(Target target, String id, JsonLocation at, JsonPath path) {
        if (complete.get(target)) {
            if (!isDefined(target, id)) {
                problems.add(ProblemKind.DANGLING_REF, at, path.toString(), message(target, id));
            }
        } else {
            pending.add(new Pending(target, id, path.toString(), problems.line(at), problems.column(at)));
        }
    }

    /** Same as {@link #use(Target, String, JsonLocation, JsonPath)} for a path that is not on the stack. */
    void use(Target target, String id, JsonLocation at, String path) {
        if (complete.get(target)) {
            if (!isDefined(target, id)) {
                problems.add(ProblemKind.DANGLING_REF, at, path, message(target, id));
            }
        } else {
            pending.add(new Pending(target, id, path, problems.line(at), problems.column(at)));
        }
    }

    /** Resolves the references made before their list was read; call once, after a complete pass. */
    List<Problem> unresolved(String file) {
        List<Problem> dangling = new ArrayList<>();
        for (Pending use : pending) {
            if (!isDefined(use.target(), use.id())) {
                dangling.add(new Problem(file, use.line(), use.column(), ProblemKind.DANGLING_REF, use.path(),
                        message(use.target(), use.id())));
            }
        }
        return dangling;
    }

    private String message(Target target, String id) {
        return target.noun + " \"" + id + "\" is not defined in " + target.list
                + DidYouMean.hint(id, defined.get(target).keySet());
    }
}
