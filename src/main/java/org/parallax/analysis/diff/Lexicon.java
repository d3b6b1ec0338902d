package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words and phrases, matched token by token on comparison keys (case-insensitive, typographic quotes
 * folded: "I’ve heard" matches the entry "i've heard"). Spelling variants are entries of their own. Built
 * from the lines of a data file: one entry per line, {@code #} starts a comment, blank lines are ignored. Inside a
 * phrase, {@code *} stands for one to {@value #GAP} words ("as * put it" matches "as one founder put it"); a phrase
 * cannot start with it.
 */
public final class Lexicon {
    /** Most words a {@code *} of a phrase stands for. */
    static final int GAP = 3;
    private static final String WILDCARD = "*";
    private final String name;
    private final Map<String, List<List<String>>> phrasesByFirstKey = new HashMap<>();
    private final Set<String> singleWords = new HashSet<>();
    private int size;

    private Lexicon(String name) {
        this.name = name;
    }

    /** Builds a lexicon from the lines of its data file. */
    public static Lexicon of(String name, List<String> lines) {
        Lexicon lexicon = new Lexicon(name);
        Tokenizer tokenizer = new Tokenizer();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (entry.isEmpty()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (Token token : tokenizer.tokenize(entry)) {
                keys.add(token.key());
            }
            lexicon.add(keys);
        }
        return lexicon;
    }

    private void add(List<String> keys) {
        if (keys.get(0).equals(WILDCARD)) {
            throw new IllegalArgumentException("lexicon " + name + ": an entry cannot start with " + WILDCARD);
        }
        if (keys.size() == 1) {
            singleWords.add(keys.get(0));
        }
        List<List<String>> phrases = phrasesByFirstKey.computeIfAbsent(keys.get(0), first -> new ArrayList<>());
        if (!phrases.contains(keys)) {
            phrases.add(List.copyOf(keys));
            phrases.sort((a, b) -> Integer.compare(b.size(), a.size())); // longest match first
            size++;
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    /** True when the single token key is an entry of its own. */
    public boolean containsWord(String key) {
        return singleWords.contains(key);
    }

    /** True when an entry starts with the token key {@code key}. */
    boolean startsEntry(String key) {
        return phrasesByFirstKey.containsKey(key);
    }

    /**
     * Every non-overlapping occurrence in {@code tokens}, leftmost-longest, as token index ranges
     * {@code [start, end)}.
     */
    public List<int[]> find(List<Token> tokens) {
        return find(tokens, null);
    }

    /** {@link #find(List)}, trying only the tokens {@code marks} (this lexicon's, or null for all) allow. */
    List<int[]> find(List<Token> tokens, KeyMarks.Marks marks) {
        List<int[]> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int length = marks == null || marks.mayStart(i) ? matchAt(tokens, i) : 0;
            if (length > 0) {
                matches.add(new int[] {i, i + length});
                i += length;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** Length in tokens of the longest entry starting at token {@code index}, or 0. */
    public int matchAt(List<Token> tokens, int index) {
        List<List<String>> candidates = phrasesByFirstKey.get(tokens.get(index).key());
        if (candidates == null) {
            return 0;
        }
        for (List<String> phrase : candidates) {
            int end = matchEnd(tokens, index + 1, phrase, 1);
            if (end > 0) {
                return end - index;
            }
        }
        return 0;
    }

    /** Token index after {@code phrase[part..]} matched from token {@code at}, or -1 (shortest gaps first). */
    private static int matchEnd(List<Token> tokens, int at, List<String> phrase, int part) {
        if (part == phrase.size()) {
            return at;
        }
        if (phrase.get(part).equals(WILDCARD)) {
            for (int gap = 1; gap <= GAP && at + gap <= tokens.size() && tokens.get(at + gap - 1).isWord(); gap++) {
                int end = matchEnd(tokens, at + gap, phrase, part + 1);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at < tokens.size() && tokens.get(at).key().equals(phrase.get(part))) {
            return matchEnd(tokens, at + 1, phrase, part + 1);
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + ", " + size + " entries]";
    }
}
