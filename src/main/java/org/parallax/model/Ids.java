package org.parallax.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The id rules of the model file: lowercase slugs, and enum constants written as lowercase ids. */
public final class Ids {
    /** {@code [a-z0-9]+(-[a-z0-9]+)*}, as CONTRACTS.md fixes it. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    public static boolean isSlug(String id) {
        return id != null && SLUG.matcher(id).matches();
    }

    static <E extends Enum<E>> Optional<E> enumFromId(Class<E> type, String id) {
        if (id == null || !id.equals(id.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, id.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAConstant) {
            return Optional.empty();
        }
    }
}
