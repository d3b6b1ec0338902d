package org.parallax.analysis.filter;

import java.text.Normalizer;

/**
 * Folds text for matching, one code point at a time: lowercase, accents and other combining marks removed,
 * compatibility forms unified (NFKD: ligatures, full-width letters), typographic quotes, primes and dashes
 * made plain ({@code ’ -> '}, {@code “ -> "}, {@code — -> -}), every kind of space made a plain space.
 *
 * <p>Because each code point folds on its own, folding is idempotent, folding a concatenation equals
 * concatenating the folds, and {@link #foldMapped(String)} can map every folded char back to the original
 * text (for highlighting matches).
 */
public final class TextFolding {
    private TextFolding() {
    }

    /** The folded form of {@code text}; "" for null. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int length = text.length();
        int first = 0;
        while (first < length && staysAsIs(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text; // the common case for text folded before: no copy
        }
        StringBuilder folded = new StringBuilder(length + 8).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                String replacement = replacementOf(cp);
                if (replacement == null) {
                    folded.append(c).append(text.charAt(i + 1));
                } else {
                    folded.append(replacement);
                }
                i++;
            } else {
                String replacement = Bmp.TABLE[c];
                if (replacement == null) {
                    folded.append(c);
                } else {
                    folded.append(replacement);
                }
            }
        }
        return folded.toString();
    }

    private static boolean staysAsIs(char c) {
        return c < 0x80 ? c < 'A' || c > 'Z' : !Character.isSurrogate(c) && Bmp.TABLE[c] == null;
    }

    /** Folds {@code text} and remembers, for every folded char, the range of original chars it came from. */
    public static FoldedText foldMapped(String text) {
        String source = text == null ? "" : text;
        StringBuilder folded = new StringBuilder(source.length());
        int[] starts = new int[source.length() + 1];
        int[] ends = new int[source.length() + 1];
        int count = 0;
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement = replacementOf(cp);
            String piece = replacement == null ? source.substring(i, i + width) : replacement;
            if (count + piece.length() >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, (count + piece.length()) * 2 + 1);
                ends = java.util.Arrays.copyOf(ends, starts.length);
            }
            for (int k = 0; k < piece.length(); k++) {
                starts[count] = i;
                ends[count] = i + width;
                count++;
            }
            folded.append(piece);
            i += width;
        }
        return new FoldedText(source, folded.toString(), java.util.Arrays.copyOf(starts, count),
                java.util.Arrays.copyOf(ends, count));
    }

    /** What a code point folds to, or null when it stays as it is. */
    static String replacementOf(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? Ascii.LOWER[cp - 'A'] : null;
        }
        if (cp < 0x10000) {
            return Bmp.TABLE[cp];
        }
        String folded = foldToFixedPoint(cp);
        return folded.equals(new String(Character.toChars(cp))) ? null : folded;
    }

    /** Folds one code point, then folds the result again until nothing changes, so folding is idempotent. */
    private static String foldToFixedPoint(int cp) {
        String current = new String(Character.toChars(cp));
        for (int round = 0; round < 4; round++) {
            String next = foldOnce(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static String foldOnce(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String plain = plainPunctuation(cp);
            if (plain != null) {
                out.append(plain);
                continue;
            }
            String single = new String(Character.toChars(cp));
            String decomposed = Normalizer.isNormalized(single, Normalizer.Form.NFKD)
                    ? single : Normalizer.normalize(single, Normalizer.Form.NFKD);
            for (int k = 0; k < decomposed.length(); ) {
                int part = decomposed.codePointAt(k);
                k += Character.charCount(part);
                if (isMark(part)) {
                    continue;
                }
                String partPlain = plainPunctuation(part);
                if (partPlain != null) {
                    out.append(partPlain);
                } else {
                    int lower = Character.toLowerCase(part);
                    out.appendCodePoint(lower == '\u03C2' ? '\u03C3' : lower); // final sigma matches sigma
                }
            }
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String plainPunctuation(int cp) {
        switch (cp) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A', '\u02BC', '\uFF07':
                return "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB', '\uFF02':
                return "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
                return "-";
            default:
                if (cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                    return " ";
                }
                return null;
        }
    }

    /** Lowercase ASCII letters, shared so folding ASCII text allocates nothing per char. */
    private static final class Ascii {
        static final String[] LOWER = new String[26];

        static {
            for (int i = 0; i < 26; i++) {
                LOWER[i] = String.valueOf((char) ('a' + i));
            }
        }
    }

    /**
     * True for chars that certainly fold to themselves, decided without normalising: unpaired surrogates,
     * unassigned and private-use code points, Hangul syllables (their jamo decomposition helps no search: query
     * and text keep the same syllables), and chars already in NFKD that are no mark, no space, no typographic
     * quote or dash and have no lowercase. Keeps building the table cheap at startup.
     */
    private static boolean staysByItself(int cp) {
        int type = Character.getType(cp);
        if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || cp >= 0xAC00 && cp <= 0xD7A3) {
            return true;
        }
        if (type == Character.OTHER_LETTER && cp >= 0x3400 && cp <= 0x9FFF) {
            return true; // CJK ideographs: no case, no marks, no compatibility form
        }
        return false;
    }

    /** The fold of every BMP char, computed once on first use; null where a char folds to itself. */
    private static final class Bmp {
        static final String[] TABLE = new String[0x10000];

        static {
            for (int cp = 0x80; cp < 0x10000; cp++) {
                if (staysByItself(cp)) {
                    continue;
                }
                String folded = foldToFixedPoint(cp);
                if (!(folded.length() == 1 && folded.charAt(0) == cp)) {
                    TABLE[cp] = folded;
                }
            }
        }
    }
}
