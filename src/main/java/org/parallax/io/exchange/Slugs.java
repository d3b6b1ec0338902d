package org.parallax.io.exchange;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Makes unique Parallax ids ({@code [a-z0-9]+(-[a-z0-9]+)*}) from names another tool gave. */
final class Slugs {
    private static final int MAX_LENGTH = 60;
    private final Set<String> taken = new HashSet<>();

    /** Reserves an id that is already decided (from Parallax's identity note); false when it was taken. */
    boolean reserve(String id) {
        return taken.add(id);
    }

    /** A new unique id from {@code name}; {@code fallback-N} when the name has no Latin letters or digits. */
    String from(String name, String fallback) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
            int cut = plain.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) {
                plain = plain.substring(0, cut);
            }
        }
        return plain;
    }
}
