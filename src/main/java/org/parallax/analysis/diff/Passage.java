package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Quote;

/**
 * A text to compare and where its parts begin. A framing's text is its quotes joined by one space
 * ({@link Framing#joinedText()}); each quote is a passage of its own, so the tokenizer treats the start of each
 * part as a sentence start ("... themselves Researchers spend ..." does not make "Researchers" a name).
 */
public record Passage(String text, int[] partStarts) {
    public Passage {
        partStarts = partStarts.clone();
        for (int start : partStarts) {
            if (start < 0 || start > text.length()) {
                throw new IllegalArgumentException("part start " + start + " outside the text");
            }
        }
        Arrays.sort(partStarts);
    }

    /** A text of one part. */
    public static Passage of(String text) {
        return new Passage(text, new int[] {0});
    }

    /** The parts joined by one space, the same text as {@link Framing#joinedText()} for a framing's quotes. */
    public static Passage joined(List<String> parts) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(parts.get(i));
        }
        return new Passage(text.toString(), starts);
    }

    /** A framing's quotes as one passage. */
    public static Passage of(Framing framing) {
        List<String> quotes = new ArrayList<>();
        for (Quote quote : framing.quotes()) {
            quotes.add(quote.text());
        }
        return joined(quotes);
    }

    @Override
    public int[] partStarts() {
        return partStarts.clone();
    }

    /** True when a part begins at char offset {@code offset}. */
    boolean startsPart(int offset) {
        return Arrays.binarySearch(partStarts, offset) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passage that && text.equals(that.text) && Arrays.equals(partStarts, that.partStarts);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(partStarts);
    }

    @Override
    public String toString() {
        return "Passage[" + text.length() + " chars, " + partStarts.length + " parts]";
    }
}
