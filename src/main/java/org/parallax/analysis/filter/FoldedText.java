package org.parallax.analysis.filter;

/**
 * A text and its fold, with the way back: folded char {@code i} came from the original chars
 * {@code [originalStart(i), originalEnd(i))}. Lets a view highlight, in the text as written, what a query
 * matched in the folded text.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] starts;
    private final int[] ends;

    FoldedText(String original, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The original char range (Java chars, end exclusive) that the folded range {@code [start, end)} came from. */
    public TextRange toOriginal(int start, int end) {
        if (start < 0 || end > folded.length() || start >= end) {
            throw new IndexOutOfBoundsException("folded range [" + start + ", " + end + ") of " + folded.length());
        }
        return new TextRange(starts[start], ends[end - 1]);
    }
}
