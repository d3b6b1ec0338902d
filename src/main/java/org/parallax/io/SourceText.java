package org.parallax.io;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text as offsets count it: decoded as UTF-8, a leading BOM removed, line ends as stored.
 * Offsets are Unicode code points, so slicing converts them to Java char indices once.
 */
public final class SourceText {
    private final String text;
    private final int codePointCount;
    /** True when every character is one char (no emoji etc.), so offsets and char indices coincide. */
    private final boolean oneCharPerCodePoint;
    /**
     * Char index of every {@value #STEP}th code point, when the two differ: converting an offset then walks at
     * most {@value #STEP} code points instead of the whole text before it (100,000 quotes in long articles).
     */
    private final int[] checkpoints;
    private static final int STEP = 64;

    public SourceText(String decoded) {
        this.text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        this.codePointCount = text.codePointCount(0, text.length());
        this.oneCharPerCodePoint = codePointCount == text.length();
        this.checkpoints = oneCharPerCodePoint ? null : checkpoints(text, codePointCount);
    }

    private static int[] checkpoints(String text, int codePoints) {
        int[] marks = new int[codePoints / STEP + 1];
        int charIndex = 0;
        for (int k = 0; k < marks.length; k++) {
            marks[k] = charIndex;
            if (k + 1 < marks.length) {
                charIndex = text.offsetByCodePoints(charIndex, STEP);
            }
        }
        return marks;
    }

    public String text() {
        return text;
    }

    public int codePointCount() {
        return codePointCount;
    }

    /** The code-point slice [start, end); throws IndexOutOfBoundsException when out of range. */
    public String slice(int start, int end) {
        if (start < 0 || end < start || end > codePointCount) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") outside 0.." + codePointCount);
        }
        int from = charIndex(start);
        int to = end - start <= STEP ? text.offsetByCodePoints(from, end - start) : charIndex(end);
        return text.substring(from, to);
    }

    /** Converts a char index into this text to a code-point offset. */
    public int codePointOffset(int charIndex) {
        if (oneCharPerCodePoint) {
            return charIndex;
        }
        int k = java.util.Arrays.binarySearch(checkpoints, charIndex);
        if (k < 0) {
            k = -k - 2; // the last checkpoint before charIndex
        }
        return k * STEP + text.codePointCount(checkpoints[k], charIndex);
    }

    /** Converts a code-point offset to a char index into {@link #text()}. */
    public int charIndex(int codePointOffset) {
        if (oneCharPerCodePoint) {
            return codePointOffset;
        }
        int k = codePointOffset / STEP;
        return text.offsetByCodePoints(checkpoints[k], codePointOffset - k * STEP);
    }

    /** True when {@code [start, end)} is inside the text and reads exactly {@code expected}. */
    public boolean matches(int start, int end, String expected) {
        return start >= 0 && end >= start && end <= codePointCount && slice(start, end).equals(expected);
    }

    /** Code-point offsets where {@code needle} starts, in order, at most {@code max} of them. */
    public List<Integer> occurrences(String needle, int max) {
        List<Integer> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        int from = 0;
        int previousChar = 0;
        int previousOffset = 0;
        while (found.size() < max) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            // Count code points incrementally from the previous hit rather than from the start each time.
            previousOffset += oneCharPerCodePoint ? at - previousChar : text.codePointCount(previousChar, at);
            previousChar = at;
            found.add(previousOffset);
            from = at + 1;
        }
        return found;
    }

    /**
     * The paragraph around {@code [start, end)}: the whole lines the excerpt touches (the articles keep one
     * paragraph per line), line ends excluded. Its {@code start}/{@code end} are char indices into the
     * paragraph string, ready for {@code substring}.
     */
    public QuoteContext paragraphAround(int start, int end) {
        int from = charIndex(start);
        int to = charIndex(end);
        int lineStart = from;
        while (lineStart > 0 && !isLineEnd(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = Math.max(to, lineStart);
        while (lineEnd < text.length() && !isLineEnd(text.charAt(lineEnd))) {
            lineEnd++;
        }
        // an excerpt that ends with its line end keeps it out of the paragraph shown
        int quoteEnd = Math.min(to, lineEnd) - lineStart;
        return new QuoteContext(text.substring(lineStart, lineEnd), from - lineStart, quoteEnd,
                codePointOffset(lineStart));
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
