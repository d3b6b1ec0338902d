package org.parallax.analysis.framing;

/**
 * One word or number of a text: its char offsets in the whole text, its text, its folded key (lowercase, plain
 * apostrophe) and its stem (Snowball English, through Lucene's analysis module).
 */
record Word(int start, int end, String text, String key, String stem, boolean number, boolean capitalised) {
    Span span() {
        return new Span(start, end);
    }
}
