package org.parallax.model;

import java.util.Locale;
import java.util.Optional;

/** How sure an article sounds: states it, hedges it, reports it second-hand, or passes on a rumour. */
public enum Certainty {
    ASSERTED, HEDGED, REPORTED, RUMOR;

    /** The lowercase id, made once: the reader and the exporters ask for it per framing. */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Optional<Certainty> fromId(String id) {
        return Ids.enumFromId(Certainty.class, id);
    }
}
