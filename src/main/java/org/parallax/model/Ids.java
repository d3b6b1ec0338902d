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

    /** Whether {@code id} matches {@link #SLUG}; a plain loop, as every id of a 100,000-quote model is checked. */
    public static boolean isSlug(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true; // no hyphen first, none twice in a row
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen; // no hyphen last
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
