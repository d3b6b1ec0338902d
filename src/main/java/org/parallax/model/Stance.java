package org.parallax.model;

import java.util.Locale;
import java.util.Optional;

/** How an article frames a point for the side the point is mainly about. */
public enum Stance {
    ADVANTAGE, CONSTRAINT, NEUTRAL, MIXED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stance> fromId(String id) {
        return Ids.enumFromId(Stance.class, id);
    }
}
