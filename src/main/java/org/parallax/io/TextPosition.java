package org.parallax.io;

/**
 * Turns a byte offset into a model file into a 1-based line and column. The column counts characters
 * (Unicode code points) from the start of the line, not bytes, so a line with "é" or an emoji before the
 * offending value still points at the right place; a leading UTF-8 byte order mark is not counted.
 * Line ends are {@code \n}, {@code \r\n} or a lone {@code \r}, as the JSON parser counts them.
 */
final class TextPosition {
    private TextPosition() {
    }

    /** Line and column of {@code offset}, counting lines from the start (for the few problems found before parsing). */
    static int[] of(byte[] bytes, int offset) {
        int end = Math.min(offset, bytes.length);
        int line = 1;
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
            } else if (b == '\r') {
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                    if (i >= end) {
                        break;
                    }
                }
                line++;
            }
        }
        return new int[] {line, column(bytes, offset)};
    }

    /** Column of {@code offset}: characters since the previous line end, plus one. */
    static int column(byte[] bytes, long offset) {
        int at = (int) Math.min(Math.max(offset, 0), bytes.length);
        int lineStart = at;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        if (lineStart == 0 && hasBom(bytes) && at >= 3) {
            lineStart = 3;
        }
        int characters = 0;
        for (int i = lineStart; i < at; i++) {
            if ((bytes[i] & 0xC0) != 0x80) { // a byte that starts a character, not a continuation byte
                characters++;
            }
        }
        return characters + 1;
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
