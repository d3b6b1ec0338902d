package org.parallax.io.export;

import org.parallax.model.Framing;

/** A framing's note, or null: the model gains {@code Framing.note} with the dataset work (issue 16). */
final class FramingNote {
    private FramingNote() {
    }

    static String of(Framing framing) {
        return null;
    }
}
