package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How one source makes one point: its angle ({@code frame}), stance, certainty and the quotes that carry it.
 * {@code speaker}, {@code stance}, {@code certainty} and {@code frame} may be null.
 */
public record Framing(String source, String speaker, Stance stance, Certainty certainty, String frame,
                      List<Quote> quotes) {
    public Framing {
        Objects.requireNonNull(source, "source");
        quotes = List.copyOf(quotes);
    }

    /** The framing's quotes joined by one space, in model order: the text the diff compares. */
    public String joinedText() {
        StringBuilder joined = new StringBuilder();
        for (Quote quote : quotes) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(quote.text());
        }
        return joined.toString();
    }
}
