package org.parallax.model;

import java.util.Locale;
import java.util.Optional;

/** How sure an article sounds: states it, hedges it, reports it second-hand, or passes on a rumour. */
public enum Certainty {
    ASSERTED, HEDGED, REPORTED, RUMOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Certainty> fromId(String id) {
        return Ids.enumFromId(Certainty.class, id);
    }
}
