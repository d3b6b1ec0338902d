package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.analysis.filter.TextFolding;

/**
 * Splits a text into words, numbers and punctuation marks, with offsets into the original text. Whitespace is
 * not a token. Numbers keep their grouping, decimals, a leading currency sign and a trailing percent together
 * ("2,000", "$10", "3.5", "40%"); words keep inner apostrophes and hyphens ("don't", "in-house"); abbreviations
 * such as "U.S." stay one word so that their dots do not end a sentence. Every other code point (a quote mark,
 * a dash, an emoji) is a token of its own, so a surrogate pair is never split. The first word of a text, and of
 * each part of a {@link Passage} (a quote of a framing), opens a sentence.
 */
public final class Tokenizer {
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}");

    public List<Token> tokenize(String text) {
        return tokenize(Passage.of(text));
    }

    /** Tokens of a passage: the first word of each of its parts opens a sentence, like the first of the text. */
    public List<Token> tokenize(Passage passage) {
        return tokenize(passage, new HashMap<>());
    }

    /**
     * Tokens of a passage whose keys are the instances held in {@code keys} (added when new): texts tokenised
     * with one map share one instance per distinct key, so that later lookups by key find it by identity.
     */
    List<Token> tokenize(Passage passage, Map<String, String> keys) {
        String text = passage.text();
        int[] partStarts = passage.partStarts();
        int nextPart = 0;
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        Matcher abbreviation = ABBREVIATION.matcher(text);
        boolean sentenceStart = true;
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (nextPart < partStarts.length && partStarts[nextPart] <= i) {
                sentenceStart = true; // a new quote: whatever precedes it, its first word opens a sentence
                nextPart++;
            }
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                if (cp == '\n' || cp == '\u2029') {
                    sentenceStart = true; // a line break ends a heading or a paragraph without a full stop
                }
                i += Character.charCount(cp);
                continue;
            }
            int end;
            TokenKind kind;
            if (isDigit(cp) || (isCurrency(cp) && i + Character.charCount(cp) < length
                    && isDigit(text.codePointAt(i + Character.charCount(cp))))) {
                end = scanNumber(text, i + Character.charCount(cp));
                kind = TokenKind.NUMBER;
            } else if (isWordChar(cp)) {
                end = isAbbreviation(abbreviation, text, i) ? abbreviation.end() : scanWord(text, i);
                kind = TokenKind.WORD;
            } else {
                end = i + Character.charCount(cp);
                kind = TokenKind.PUNCTUATION;
            }
            String raw = text.substring(i, end);
            Token token = new Token(kind, i, end, raw, keys.computeIfAbsent(key(raw), key -> key),
                    sentenceStart && kind != TokenKind.PUNCTUATION);
            tokens.add(token);
            if (token.endsSentence()) {
                sentenceStart = true;
            } else if (kind != TokenKind.PUNCTUATION) {
                sentenceStart = false;
            }
            i = end; // punctuation (an opening quote after a full stop) keeps the next word a sentence start
        }
        return tokens;
    }

    /** True when an abbreviation ("U.S.") starts at {@code i}; the regex runs only after a letter and a dot. */
    private static boolean isAbbreviation(Matcher abbreviation, String text, int i) {
        int next = i + Character.charCount(text.codePointAt(i));
        if (next >= text.length() || text.charAt(next) != '.') {
            return false;
        }
        abbreviation.region(i, text.length());
        return abbreviation.lookingAt();
    }

    /** The comparison key of a token: lowercase, accents removed, typographic quotes and dashes made plain. */
    static String key(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 128) {
                return TextFolding.fold(raw);
            }
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    private static int scanNumber(String text, int from) {
        int i = from;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < length && isAsciiDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i < length && text.charAt(i) == '%') {
            i++;
        }
        return i;
    }

    private static int scanWord(String text, int from) {
        int i = from;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(cp) && i + 1 < length && isWordChar(text.codePointAt(i + 1))) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) { // the same answer without the Unicode tables
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** Apostrophes and hyphens that join the parts of one word. */
    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCurrency(int cp) {
        return Character.getType(cp) == Character.CURRENCY_SYMBOL;
    }

    private static boolean isSpace(int cp) {
        if (cp < 128) { // Character.isWhitespace's ASCII set (isSpaceChar adds nothing there)
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= '\u001C' && cp <= '\u001F');
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF';
    }
}
