package org.parallax.analysis.diff;

import java.util.Objects;

/** Two sources to compare, in order: the diff goes from {@code from} to {@code to}. */
public record SourcePair(String from, String to) {
    public SourcePair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
