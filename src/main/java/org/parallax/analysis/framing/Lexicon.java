package org.parallax.analysis.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words and phrases, each with an optional tag ({@code "most | most"}, {@code "slammed | -"}). One entry
 * a line, '#' starts a comment, case-insensitive; a word ending in '*' matches any word beginning so
 * ("suggest*"). Matching is longest first at a word position.
 */
final class Lexicon {
    /** One entry: its words (keys, or prefixes when ending in '*') and its tag ("" when none). */
    record Entry(String phrase, List<String> keys, String tag) {
    }

    /** A match: words {@code [from, to)} of the list searched, and the entry. */
    record Match(int from, int to, Entry entry) {
        String tag() {
            return entry.tag();
        }
    }

    private final String name;
    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
    private final List<Entry> byPrefix = new ArrayList<>();

    private Lexicon(String name) {
        this.name = name;
    }

    static Lexicon of(String name, List<String> lines) {
        Lexicon lexicon = new Lexicon(name);
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String tag = "";
            int bar = line.indexOf('|');
            if (bar >= 0) {
                tag = line.substring(bar + 1).strip();
                line = line.substring(0, bar).strip();
            }
            List<String> keys = new ArrayList<>();
            for (String part : line.split("\\s+")) {
                keys.add(Words.fold(part));
            }
            Entry entry = new Entry(line, List.copyOf(keys), tag);
            if (keys.get(0).endsWith("*")) {
                lexicon.byPrefix.add(entry);
            } else {
                lexicon.byFirstKey.computeIfAbsent(keys.get(0), key -> new ArrayList<>()).add(entry);
            }
        }
        return lexicon;
    }

    static Lexicon load(String name) {
        String resource = "/org/parallax/analysis/framing/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            }
            return of(name, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** Every entry, in file order within each first word. */
    List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        byFirstKey.values().forEach(all::addAll);
        all.addAll(byPrefix);
        return all;
    }

    String name() {
        return name;
    }

    /** The longest entry matching at word {@code index}, or null. */
    Match matchAt(List<Word> words, int index) {
        Match best = null;
        List<Entry> candidates = byFirstKey.get(words.get(index).key());
        if (candidates != null) {
            for (Entry entry : candidates) {
                best = longer(best, words, index, entry);
            }
        }
        for (Entry entry : byPrefix) {
            best = longer(best, words, index, entry);
        }
        return best;
    }

    /** All non-overlapping matches, left to right, longest first at each position. */
    List<Match> find(List<Word> words) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match match = matchAt(words, i);
            if (match != null) {
                matches.add(match);
                i = match.to();
            } else {
                i++;
            }
        }
        return matches;
    }

    boolean contains(String key) {
        List<Entry> entries = byFirstKey.get(key);
        if (entries != null) {
            for (Entry entry : entries) {
                if (entry.keys().size() == 1) {
                    return true;
                }
            }
        }
        for (Entry entry : byPrefix) {
            if (entry.keys().size() == 1 && key.startsWith(prefix(entry.keys().get(0)))) {
                return true;
            }
        }
        return false;
    }

    /** True when some entry begins with this word ("lots" begins "lots of"). */
    boolean startsEntry(String key) {
        if (byFirstKey.containsKey(key)) {
            return true;
        }
        for (Entry entry : byPrefix) {
            if (key.startsWith(prefix(entry.keys().get(0)))) {
                return true;
            }
        }
        return false;
    }

    /** The tag of a one-word entry equal to {@code key}, or null. */
    String tagOf(String key) {
        List<Entry> entries = byFirstKey.get(key);
        if (entries != null) {
            for (Entry entry : entries) {
                if (entry.keys().size() == 1) {
                    return entry.tag();
                }
            }
        }
        return null;
    }

    private static Match longer(Match best, List<Word> words, int index, Entry entry) {
        List<String> keys = entry.keys();
        if (index + keys.size() > words.size()) {
            return best;
        }
        for (int k = 0; k < keys.size(); k++) {
            String want = keys.get(k);
            String have = words.get(index + k).key();
            boolean ok = want.endsWith("*") ? have.startsWith(prefix(want)) : have.equals(want);
            if (!ok) {
                return best;
            }
        }
        if (best == null || keys.size() > best.to() - best.from()) {
            return new Match(index, index + keys.size(), entry);
        }
        return best;
    }

    private static String prefix(String key) {
        return key.substring(0, key.length() - 1);
    }
}
