package org.parallax.io.export;

import java.util.regex.Pattern;

/**
 * Makes text from the model safe to put in Markdown (CommonMark, Obsidian): it renders as the same
 * characters instead of turning into emphasis, links, HTML, headings or lists.
 */
final class MarkdownText {
    /** ASCII punctuation that means something inline; a backslash makes any of them literal. */
    private static final String INLINE_SPECIAL = "\\`*_[]<>#|~&$";
    /** A line start that would begin a list, a heading underline or a thematic break. */
    private static final Pattern BLOCK_START = Pattern.compile("^([-+=]|\\d{1,9}(?=[.)]))");

    private MarkdownText() {
    }

    /** One line of inline text (line breaks become spaces). */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return escapeInline(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /** The lines of a block of text, each escaped inline and at its start, leading spaces dropped. */
    static String[] blockLines(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = escapeInline(lines[i].stripLeading());
            var start = BLOCK_START.matcher(line);
            if (start.find()) {
                // "-" or "=" becomes "\-"; "2020." becomes "2020\."
                int at = start.group(1).matches("\\d+") ? start.end() : 0;
                line = line.substring(0, at) + "\\" + line.substring(at);
            }
            lines[i] = line;
        }
        return lines;
    }

    private static String escapeInline(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escaped.append('\\');
            }
            if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
