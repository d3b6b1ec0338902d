package org.parallax.io.export;

/**
 * Makes text from the model safe to put in Markdown (CommonMark, Obsidian): it renders as the same
 * characters instead of turning into emphasis, links, HTML, headings or lists.
 */
final class MarkdownText {
    /** ASCII punctuation that means something inline; a backslash makes any of them literal. */
    private static final String INLINE_SPECIAL = "\\`*_[]<>#|~&$";
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : INLINE_SPECIAL.toCharArray()) {
            SPECIAL[c] = true;
        }
    }

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
            int at = blockMarkerAt(line);
            lines[i] = at < 0 ? line : line.substring(0, at) + "\\" + line.substring(at);
        }
        return lines;
    }

    /**
     * Where a backslash must go so the line does not start a list, a heading underline or a thematic break:
     * before a leading {@code -}, {@code +} or {@code =} (0), after up to nine leading digits followed by
     * {@code .} or {@code )} ("2020." becomes "2020\\."), or -1 when the line is safe.
     */
    private static int blockMarkerAt(String line) {
        if (line.isEmpty()) {
            return -1;
        }
        char first = line.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return 0;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        boolean numbered = digits > 0 && digits <= 9 && digits < line.length()
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
        return numbered ? digits : -1;
    }

    private static String escapeInline(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && SPECIAL[c]) {
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
