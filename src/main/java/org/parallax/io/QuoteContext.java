package org.parallax.io;

/**
 * A quote shown in its paragraph: {@code start}/{@code end} are char indices into {@code paragraph} (for
 * {@code substring} and text highlighting); {@code paragraphOffset} is where the paragraph starts in the
 * article, in code points (the model's offset unit).
 */
public record QuoteContext(String paragraph, int start, int end, int paragraphOffset) {
    public String before() {
        return paragraph.substring(0, start);
    }

    public String quoted() {
        return paragraph.substring(start, end);
    }

    public String after() {
        return paragraph.substring(end);
    }
}
