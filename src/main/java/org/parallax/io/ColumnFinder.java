package org.parallax.io;

/**
 * Character columns of byte offsets in one file, found in time linear in the file for offsets asked in increasing
 * order, as a parse asks them. {@link TextPosition#column} walks back to the start of the line each time, so on a
 * model written on one line (what other programs write) each source and each problem cost the file's size: 10,000
 * sources took 9.5 s on one line against 1.5 s pretty-printed (issue 18, defect 1). This remembers where the last
 * answer's line starts and how many characters it had, and scans only the bytes since.
 */
final class ColumnFinder {
    private final byte[] bytes;
    private final int bom;
    /** The last offset asked, the start of its line and the characters between them. */
    private int lastOffset;
    private int lastLineStart;
    private int lastCharacters;
    private long scanned;

    ColumnFinder(byte[] bytes) {
        this.bytes = bytes;
        this.bom = TextPosition.hasBom(bytes) ? 3 : 0;
        this.lastOffset = bom;
        this.lastLineStart = bom;
    }

    /** The 1-based character column of {@code offset}; the same as {@link TextPosition#column}. */
    int column(long offset) {
        int at = (int) Math.min(Math.max(offset, 0), bytes.length);
        if (at < lastOffset) {
            // asked backwards (rare: a problem found after its place was passed): start from the line's start
            lastOffset = lineStart(at);
            lastLineStart = lastOffset;
            lastCharacters = 0;
        }
        if (lastLineStart < bom && at >= bom) {
            // past the byte order mark, which is not counted: the first line starts after it
            lastOffset = bom;
            lastLineStart = bom;
            lastCharacters = 0;
        }
        int characters = lastCharacters;
        int lineStart = lastLineStart;
        for (int i = lastOffset; i < at; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                lineStart = i + 1;
                characters = 0;
            } else if ((b & 0xC0) != 0x80) { // a byte that starts a character, not a continuation byte
                characters++;
            }
        }
        scanned += at - lastOffset;
        lastOffset = at;
        lastLineStart = lineStart;
        lastCharacters = characters;
        return characters + 1;
    }

    private int lineStart(int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
            start--;
        }
        scanned += at - start;
        return start == 0 && at >= bom ? bom : start;
    }

    /** Bytes looked at so far: what a test reads to see the work is linear in the file. */
    long scanned() {
        return scanned;
    }
}
