package org.parallax.io.export;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.io.AttachedSources;
import org.parallax.io.SourceText;
import org.parallax.model.Quote;

/**
 * Where in its article a quote stands, for citations: the paragraph its first character is in. A paragraph is
 * a non-blank line of the article as stored (the articles keep one paragraph per line), counted from 1; blank
 * lines do not count. Known only for sources whose text is attached; {@link #NONE} knows none.
 */
public interface QuotePlaces {
    /** No article texts: every paragraph is unknown. */
    QuotePlaces NONE = (source, quote) -> OptionalInt.empty();

    /** The 1-based paragraph of {@code quote} in the article of {@code source}, when its text is known. */
    OptionalInt paragraph(String source, Quote quote);

    /** Places read from attached article texts; each article is indexed once, on first use. */
    static QuotePlaces of(AttachedSources texts) {
        Map<String, int[]> starts = new ConcurrentHashMap<>();
        return (source, quote) -> texts.text(source)
                .map(text -> paragraphAt(starts.computeIfAbsent(source, id -> paragraphStarts(text)), quote.start(),
                        text.codePointCount()))
                .orElse(OptionalInt.empty());
    }

    /** Code-point offsets where each paragraph (non-blank line) of the text starts, ascending. */
    static int[] paragraphStarts(SourceText source) {
        String text = source.text();
        int[] starts = new int[16];
        int count = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = source.codePointOffset(lineStart);
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
            if (text.charAt(lineEnd) == '\r' && lineStart < text.length() && text.charAt(lineStart) == '\n') {
                lineStart++;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static OptionalInt paragraphAt(int[] starts, int offset, int length) {
        if (offset < 0 || offset > length || starts.length == 0) {
            return OptionalInt.empty();
        }
        int at = Arrays.binarySearch(starts, offset);
        int paragraph = at >= 0 ? at + 1 : -at - 1; // insertion point = number of paragraphs starting at or before
        return paragraph == 0 ? OptionalInt.empty() : OptionalInt.of(paragraph);
    }
}
