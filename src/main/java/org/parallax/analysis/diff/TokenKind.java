package org.parallax.analysis.diff;

/** What a token is: a word (letters, with inner apostrophes and hyphens), a number, or one punctuation mark. */
public enum TokenKind {
    WORD, NUMBER, PUNCTUATION
}
