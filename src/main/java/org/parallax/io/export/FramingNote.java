package org.parallax.io.export;

import org.parallax.model.Framing;

/** A framing's note, or null when it has none (blank counts as none). */
final class FramingNote {
    private FramingNote() {
    }

    static String of(Framing framing) {
        return framing.hasNote() ? framing.note().strip() : null;
    }
}
