package org.parallax.analysis.diff;

/**
 * One token of a text: its characters {@code [start, end)} (Java char offsets into the original text), its
 * comparison key (folded: lowercase, plain quotes and dashes) and whether it opens a sentence.
 */
public record Token(TokenKind kind, int start, int end, String text, String key, boolean sentenceStart) {

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isPunctuation() {
        return kind == TokenKind.PUNCTUATION;
    }

    /** True for {@code . ! ?} and the ellipsis: the marks that end a sentence. */
    public boolean endsSentence() {
        if (kind != TokenKind.PUNCTUATION || key.length() != 1) {
            return false;
        }
        char mark = key.charAt(0);
        return mark == '.' || mark == '!' || mark == '?' || mark == '\u2026';
    }
}
