package org.parallax.model;

import java.util.Locale;
import java.util.Optional;

/** How an article frames a point for the side the point is mainly about. */
public enum Stance {
    ADVANTAGE, CONSTRAINT, NEUTRAL, MIXED;

    /** The lowercase id, made once: the reader and the exporters ask for it per framing. */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Optional<Stance> fromId(String id) {
        return Ids.enumFromId(Stance.class, id);
    }
}
