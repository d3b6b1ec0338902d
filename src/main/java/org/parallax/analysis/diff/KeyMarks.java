package org.parallax.analysis.diff;

import java.util.List;
import java.util.Map;

/**
 * Where in a text each of some lexicons can match, found with one hash lookup per token instead of one per token
 * and lexicon: a token's marks say, for each lexicon, whether an entry starts with its key and whether its key
 * is a one-word entry. A lexicon can only match where its mark is set, so finders skip the other tokens. The
 * lexicons are asked once per distinct key (a 10,000-word text has ~11,000 tokens, a few thousand keys).
 */
final class KeyMarks {
    private final List<Lexicon> lexicons;
    private final int[] marks;

    private KeyMarks(List<Lexicon> lexicons, int[] marks) {
        this.lexicons = lexicons;
        this.marks = marks;
    }

    /**
     * Marks of {@code tokens} for up to 16 {@code lexicons}; {@code memo} holds the marks of each key seen so far
     * and may be shared by texts marked for the same lexicons.
     */
    static KeyMarks of(List<Token> tokens, List<Lexicon> lexicons, Map<String, Integer> memo) {
        if (lexicons.size() > 16) {
            throw new IllegalArgumentException("at most 16 lexicons can be marked, not " + lexicons.size());
        }
        int[] marks = new int[tokens.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = memo.computeIfAbsent(tokens.get(i).key(), key -> marksOf(key, lexicons));
        }
        return new KeyMarks(lexicons, marks);
    }

    private static int marksOf(String key, List<Lexicon> lexicons) {
        int marks = 0;
        for (int i = 0; i < lexicons.size(); i++) {
            if (lexicons.get(i).startsEntry(key)) {
                marks |= 1 << (2 * i);
            }
            if (lexicons.get(i).containsWord(key)) {
                marks |= 1 << (2 * i + 1);
            }
        }
        return marks;
    }

    /** The marks of one of the lexicons. */
    Marks of(Lexicon lexicon) {
        for (int i = 0; i < lexicons.size(); i++) {
            if (lexicons.get(i) == lexicon) {
                return new Marks(marks, 2 * i);
            }
        }
        throw new IllegalArgumentException(lexicon + " was not marked");
    }

    /** One lexicon's marks over the tokens. */
    record Marks(int[] marks, int shift) {
        /** False when no entry of the lexicon starts at token {@code index}; true when one may. */
        boolean mayStart(int index) {
            return (marks[index] & (1 << shift)) != 0;
        }

        /** True when token {@code index}'s key is a one-word entry of the lexicon. */
        boolean isWord(int index) {
            return (marks[index] & (1 << (shift + 1))) != 0;
        }
    }
}
