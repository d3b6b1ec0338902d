package org.parallax.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The short names the window shows for sources (decision 0100). A source's own: its explicit {@code shortName},
 * else its publisher when that is short, else the first words of its title. The model's: the same, made unique
 * (ignoring case) in model order by numbering the later ones ("Ledger", "Ledger 2"), so it depends only on the
 * model's content and never reads the same for two sources.
 */
public final class ShortNames {
    /** Longest derived name in code points, the ellipsis included. */
    public static final int MAX_LENGTH = 24;

    private ShortNames() {
    }

    /** A short name derived from the source's publisher or title (its explicit {@code shortName} aside). */
    public static String derive(Source source) {
        String publisher = source.publisher() == null ? "" : source.publisher().strip();
        if (!publisher.isEmpty() && publisher.codePointCount(0, publisher.length()) <= MAX_LENGTH) {
            return publisher;
        }
        return fromTitle(source.title());
    }

    /**
     * The title's leading words (a first "The", "A" or "An" dropped) up to {@link #MAX_LENGTH} code points, an
     * ellipsis when words were left off, and never an empty string (the id stands in for a title without words).
     */
    static String fromTitle(String title) {
        String[] words = title.strip().split("\\s+");
        int first = words.length > 1 && List.of("the", "a", "an").contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        StringBuilder name = new StringBuilder();
        int i = first;
        for (; i < words.length; i++) {
            String word = words[i];
            int length = name.codePointCount(0, name.length()) + (name.length() > 0 ? 1 : 0)
                    + word.codePointCount(0, word.length());
            if (length > MAX_LENGTH - 1) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(word);
        }
        if (name.length() == 0 && i < words.length) { // one long first word: cut it
            String word = words[i];
            name.append(word, 0, word.offsetByCodePoints(0, MAX_LENGTH - 1));
        }
        String shown = name.toString().replaceAll("[\\p{Punct}&&[^)\\]\"'!?]]+$", "");
        if (shown.isEmpty()) {
            return title.strip().isEmpty() ? "?" : title.strip();
        }
        return i < words.length ? shown + "\u2026" : shown;
    }

    /** Unique short names for the sources, by id, in model order: a later source sharing a name gets " 2", " 3"... */
    public static Map<String, String> unique(List<Source> sources) {
        Map<String, String> byId = new HashMap<>(sources.size() * 2);
        Set<String> taken = new HashSet<>(sources.size() * 2);
        for (Source source : sources) {
            if (byId.containsKey(source.id())) {
                continue; // a duplicate id is a validation problem; the first wins, as in Model
            }
            String name = source.shortName();
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " " + n;
            }
            byId.put(source.id(), unique);
        }
        return byId;
    }
}
