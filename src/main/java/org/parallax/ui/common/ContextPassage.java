package org.parallax.ui.common;

import org.parallax.io.SourceText;

/**
 * A quote with the text around it in its article: the paragraph before, its own paragraph split at the quote, and
 * the paragraph after (a paragraph is a non-blank line; the articles keep one paragraph per line). Empty strings
 * where there is nothing. {@code paragraph} is the 1-based number of the quote's paragraph, blank lines not counted,
 * as export citations count it.
 */
public record ContextPassage(String previous, String before, String quoted, String after, String next,
                             int paragraph) {

    /** The passage around {@code [start, end)} (code points), or null when the offsets do not fit the text. */
    public static ContextPassage of(SourceText source, int start, int end) {
        if (start < 0 || end < start || end > source.codePointCount()) {
            return null;
        }
        String text = source.text();
        int from = source.charIndex(start);
        int to = source.charIndex(end);
        int lineStart = lineStart(text, from);
        int lineEnd = lineEnd(text, Math.max(to, lineStart));
        int quoteEnd = Math.min(to, lineEnd);
        int previousEnd = lineStart;
        String previous = "";
        int cursor = lineStart;
        while (cursor > 0 && previous.isBlank()) {
            previousEnd = cursor - 1;
            while (previousEnd > 0 && isLineEnd(text.charAt(previousEnd - 1))) {
                previousEnd--;
            }
            cursor = lineStart(text, previousEnd);
            previous = text.substring(cursor, previousEnd);
            if (cursor == 0) {
                break;
            }
        }
        String next = "";
        int after = lineEnd;
        while (after < text.length() && next.isBlank()) {
            while (after < text.length() && isLineEnd(text.charAt(after))) {
                after++;
            }
            int nextEnd = lineEnd(text, after);
            next = text.substring(after, nextEnd);
            after = nextEnd;
        }
        return new ContextPassage(previous.strip(), text.substring(lineStart, from), text.substring(from, quoteEnd),
                text.substring(quoteEnd, lineEnd), next.strip(), paragraphNumber(text, lineStart));
    }

    private static int paragraphNumber(String text, int lineStart) {
        int count = 0;
        int at = 0;
        while (at <= lineStart && at <= text.length()) {
            int end = lineEnd(text, at);
            if (!text.substring(at, end).isBlank()) {
                count++;
            }
            if (end >= text.length()) {
                break;
            }
            at = end + 1;
        }
        return Math.max(1, count);
    }

    private static int lineStart(String text, int at) {
        int start = Math.min(at, text.length());
        while (start > 0 && !isLineEnd(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int lineEnd(String text, int at) {
        int end = at;
        while (end < text.length() && !isLineEnd(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /** The whole passage as plain text, paragraphs separated by blank lines (for copying). */
    public String plain() {
        StringBuilder all = new StringBuilder();
        if (!previous.isEmpty()) {
            all.append(previous).append("\n\n");
        }
        all.append(before).append(quoted).append(after);
        if (!next.isEmpty()) {
            all.append("\n\n").append(next);
        }
        return all.toString();
    }
}
