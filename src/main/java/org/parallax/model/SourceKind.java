package org.parallax.model;

import java.util.Locale;
import java.util.Optional;

/** How a source relates to the work it tells: written first-hand, translated, summarised, rewritten, commented on. */
public enum SourceKind {
    ORIGINAL, TRANSLATION, SUMMARY, REWRITE, COMMENTARY;

    /** The lowercase id, made once: the reader and the exporters ask for it per framing. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lowercase id used in model files. */
    public String id() {
        return id;
    }

    public static Optional<SourceKind> fromId(String id) {
        return Ids.enumFromId(SourceKind.class, id);
    }
}
