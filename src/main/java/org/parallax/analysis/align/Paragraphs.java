package org.parallax.analysis.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into the units {@code align} proposes for (CONTRACTS.md): a paragraph is a block of text between
 * blank lines; a block's first line is split off as a heading when it is short, ends without punctuation and more
 * lines follow. Offsets count code points of the text as given (a leading BOM is part of nothing), end exclusive,
 * with the unit's surrounding whitespace left out.
 */
public final class Paragraphs {
    static final int HEADING_MAX_CHARS = 100;

    private Paragraphs() {
    }

    public static List<Paragraph> split(String text) {
        List<Paragraph> units = new ArrayList<>();
        int length = text.length();
        int lineStart = 0;
        int blockStart = -1;
        int blockEnd = -1;
        List<int[]> blockLines = new ArrayList<>();
        CodePoints points = new CodePoints(text);
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank) {
                if (!blockLines.isEmpty()) {
                    addBlock(text, blockLines, units, points);
                    blockLines.clear();
                }
            } else {
                blockLines.add(new int[] {lineStart, lineEnd});
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (!blockLines.isEmpty()) {
            addBlock(text, blockLines, units, points);
        }
        return units;
    }

    private static void addBlock(String text, List<int[]> lines, List<Paragraph> units, CodePoints points) {
        int from = lines.get(0)[0];
        int to = lines.get(lines.size() - 1)[1];
        if (lines.size() > 1 && isHeading(text.substring(lines.get(0)[0], lines.get(0)[1]))) {
            add(text, lines.get(0)[0], lines.get(0)[1], units, points);
            from = lines.get(1)[0];
        }
        add(text, from, to, units, points);
    }

    static boolean isHeading(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > HEADING_MAX_CHARS) {
            return false;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return ".!?:;,\"'\u201D\u2019)".indexOf(last) < 0;
    }

    private static void add(String text, int from, int to, List<Paragraph> units, CodePoints points) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            units.add(new Paragraph(units.size(), points.offset(from), points.offset(to), text.substring(from, to)));
        }
    }

    /** Char index to code-point offset, walking forward only (units come in order). */
    private static final class CodePoints {
        private final String text;
        private int charIndex;
        private int offset;

        CodePoints(String text) {
            this.text = text;
        }

        int offset(int target) {
            if (target < charIndex) {
                charIndex = 0;
                offset = 0;
            }
            offset += text.codePointCount(charIndex, target);
            charIndex = target;
            return offset;
        }
    }
}
