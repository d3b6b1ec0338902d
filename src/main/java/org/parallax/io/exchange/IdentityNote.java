package org.parallax.io.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one project note a Parallax export adds: which GUID stands for which Parallax id, in model order. REFI-QDA
 * has no place for an id (a code has a GUID, a name, a colour, a description), so without it an import could only
 * make ids from names. Other tools show it as a project memo and keep it; an import of a file without it (or
 * with GUIDs it does not list) makes ids from names instead (decision 0112).
 *
 * <p>One line per object: {@code KIND GUID ID}, for kind {@code theme}, {@code point}, {@code side},
 * {@code source}, {@code framing GUID POINT-ID SOURCE-ID} for the framing notes, in the model's order, and
 * {@code quote GUID N} for a quote with an {@code occurrence}.
 */
public final class IdentityNote {
    public static final String NAME = "Parallax identifiers";
    static final String HEADER = "Parallax ids and order, so that Parallax reads this project back as it was."
            + " Other tools may keep or ignore this note.";

    /** One line: the kind, the GUID (normalised) and the id(s). */
    public record Entry(String kind, String guid, List<String> ids) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byGuid = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new java.util.HashMap<>();

    public IdentityNote(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            Entry entry = this.entries.get(i);
            byGuid.putIfAbsent(entry.guid(), entry);
            positions.putIfAbsent(entry.guid(), i);
        }
    }

    public static IdentityNote parse(String content) {
        List<Entry> entries = new ArrayList<>();
        if (content != null) {
            for (String line : content.split("\\R")) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 3 && isKind(words[0])) {
                    List<String> ids = List.of(words).subList(2, words.length);
                    entries.add(new Entry(words[0], RefiQda.normalGuid(words[1]), List.copyOf(ids)));
                }
            }
        }
        return new IdentityNote(entries);
    }

    private static boolean isKind(String word) {
        return switch (word) {
            case "theme", "point", "side", "source", "framing", "quote" -> true;
            default -> false;
        };
    }

    public String format() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries) {
            text.append(entry.kind()).append(' ').append(entry.guid()).append(' ')
                    .append(String.join(" ", entry.ids())).append('\n');
        }
        return text.toString();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The id listed for a GUID of this kind, or null. */
    public String idOf(String kind, String guid) {
        Entry entry = byGuid.get(RefiQda.normalGuid(guid));
        return entry != null && entry.kind().equals(kind) ? entry.ids().get(0) : null;
    }

    /** Position of the GUID among the entries (the model's order), or {@code Integer.MAX_VALUE}. */
    public int orderOf(String guid) {
        return positions.getOrDefault(RefiQda.normalGuid(guid), Integer.MAX_VALUE);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
