package org.parallax.io;

/**
 * An article's text as offsets count it: decoded as UTF-8, a leading BOM removed, line ends as stored.
 * Offsets are Unicode code points, so slicing converts them to Java char indices once.
 */
public final class SourceText {
    private final String text;
    private final int codePointCount;

    public SourceText(String decoded) {
        this.text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        this.codePointCount = text.codePointCount(0, text.length());
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
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    /** Converts a char index into this text to a code-point offset. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** Converts a code-point offset to a char index into {@link #text()}. */
    public int charIndex(int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }
}
