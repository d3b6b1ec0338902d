package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * How one source makes one point: its angle ({@code frame}), stance, certainty and the quotes that carry it.
 * {@code speaker}, {@code stance}, {@code certainty}, {@code frame} and {@code note} may be null. {@code note} is
 * the coder's free text about the framing (a contradiction inside the article, an attribution it overstates): the
 * window shows it and exports carry it.
 */
public record Framing(String source, String speaker, Stance stance, Certainty certainty, String frame,
                      List<Quote> quotes, String note) {
    public Framing {
        Objects.requireNonNull(source, "source");
        quotes = List.copyOf(quotes);
    }

    /** A framing without a note. */
    public Framing(String source, String speaker, Stance stance, Certainty certainty, String frame,
                   List<Quote> quotes) {
        this(source, speaker, stance, certainty, frame, quotes, null);
    }

    /** This framing with other quotes, everything else kept. */
    public Framing withQuotes(List<Quote> newQuotes) {
        return new Framing(source, speaker, stance, certainty, frame, newQuotes, note);
    }

    /** True when the framing carries a non-blank note. */
    public boolean hasNote() {
        return note != null && !note.isBlank();
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
