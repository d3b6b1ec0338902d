package org.parallax.model;

import java.util.Objects;

/** One side of the comparison (e.g. China, United States). */
public record Side(String id, String label) {
    public Side {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
