package org.parallax.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A point the articles make, under one theme. {@code claims} maps a side id to what the point says of that
 * side (insertion order kept; empty when the model gives none). A source with no framing here is a blind spot.
 */
public record Point(String id, String theme, String title, Map<String, String> claims, List<Framing> framings) {
    public Point {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(title, "title");
        claims = claims == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        framings = List.copyOf(framings);
    }

    public Optional<Framing> framingOf(String sourceId) {
        for (Framing framing : framings) {
            if (framing.source().equals(sourceId)) {
                return Optional.of(framing);
            }
        }
        return Optional.empty();
    }

    public Optional<String> claimFor(String sideId) {
        return Optional.ofNullable(claims.get(sideId));
    }

    public int quoteCount() {
        int count = 0;
        for (Framing framing : framings) {
            count += framing.quotes().size();
        }
        return count;
    }
}
