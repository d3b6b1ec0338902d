package org.parallax.model;

import java.util.Objects;

/** A theme that groups points (talent, compute, ...). {@code description} may be null. */
public record Theme(String id, String label, String description) {
    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
