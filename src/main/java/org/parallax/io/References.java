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

    private final Map<Target, Map<String, Integer>> defined;
    /** Each defined id once, so the model's references share the definition's string (less heap, faster lookups). */
    private final Map<Target, Map<String, String>> canonical;
    private final Map<Target, Boolean> complete;
    private final List<Pending> pending = new ArrayList<>();

    References() {
        defined = new EnumMap<>(Target.class);
        canonical = new EnumMap<>(Target.class);
        complete = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            defined.put(target, new HashMap<>());
            canonical.put(target, new HashMap<>());
            complete.put(target, false);
        }
    }

    /** Records an id; returns the line of an earlier definition of the same id, or 0 when it is new. */
    int define(Target target, String id, int line) {
        Integer earlier = defined.get(target).putIfAbsent(id, line);
        canonical.get(target).putIfAbsent(id, id);
        return earlier == null ? 0 : earlier;
    }

    void complete(Target target) {
        complete.put(target, true);
    }

    boolean isDefined(Target target, String id) {
        return defined.get(target).containsKey(id);
    }

    /**
     * A use of {@code id} at the cursor's current token and path. Returns the defining string when the id is
     * already defined (keep that one: the model then holds each id once), else {@code id} itself.
     */
    String use(Target target, String id, JsonCursor at) {
        String known = canonical.get(target).get(id);
        if (known != null) {
            return known;
        }
        if (complete.get(target)) {
            at.problems.add(ProblemKind.DANGLING_REF, at.here(), at.path.toString(), message(target, id));
        } else {
            JsonLocation location = at.here();
            pending.add(new Pending(target, id, at.path.toString(), at.problems.line(location),
                    at.problems.column(location)));
        }
        return id;
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
