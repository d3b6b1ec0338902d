package org.parallax.io.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a tool counted {@code startPosition}/{@code endPosition} in a text: in code points (the standard's reading,
 * QualCoder, Parallax) or UTF-16 units (tools built on .NET or Java strings count an emoji as two); with a CRLF
 * line end as two characters or as one (ATLAS.ti counts {@code \r\n} as one while its text file keeps both); and
 * with or without a leading byte order mark. {@link #toCodePoint} maps a tool position to a Parallax offset (code
 * points of the text, BOM removed, line ends as stored), or -1 when the position does not exist under the convention.
 */
record OffsetConvention(boolean utf16, boolean crlfAsOne, boolean bomCounted) {
    static final OffsetConvention STANDARD = new OffsetConvention(false, false, false);

    /** The conventions that read {@code text} differently from one another, the standard first. */
    static List<OffsetConvention> distinctFor(String text, boolean hadBom) {
        boolean supplementary = text.codePointCount(0, text.length()) != text.length();
        boolean crlf = text.contains("\r\n");
        List<OffsetConvention> conventions = new ArrayList<>();
        for (boolean bom : hadBom ? new boolean[] {false, true} : new boolean[] {false}) {
            for (boolean one : crlf ? new boolean[] {false, true} : new boolean[] {false}) {
                for (boolean units : supplementary ? new boolean[] {false, true} : new boolean[] {false}) {
                    conventions.add(new OffsetConvention(units, one, bom));
                }
            }
        }
        return conventions;
    }

    /** A table from tool positions to code-point offsets for one text (BOM already removed). */
    int[] table(String text) {
        int[] map = new int[text.length() + 2];
        Arrays.fill(map, -1);
        int tool = bomCounted ? 1 : 0;
        int codePoint = 0;
        map[tool] = 0;
        if (bomCounted) {
            map[0] = 0; // a selection from the very start may include the mark
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int chars = Character.charCount(cp);
            if (crlfAsOne && cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                codePoint += 2;
                tool += 1;
            } else {
                i += chars;
                codePoint += 1;
                tool += utf16 ? chars : 1;
            }
            map[tool] = codePoint;
        }
        return Arrays.copyOf(map, tool + 1);
    }

    static int toCodePoint(int[] table, long position) {
        return position < 0 || position >= table.length ? -1 : table[(int) position];
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(utf16 ? "UTF-16 units" : "code points");
        if (crlfAsOne) {
            parts.add("CRLF counted as one");
        }
        if (bomCounted) {
            parts.add("byte order mark counted");
        }
        return String.join(", ", parts);
    }
}
