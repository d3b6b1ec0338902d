package org.parallax.analysis.align;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Point;
import org.parallax.model.Quote;

/**
 * The texts a point is matched by: its summary (title and claims) and its quotes. The lexical index reads all of
 * them; the encoder embeds the summary and the quotes joined (up to {@value #MAX_QUOTE_CHARS} characters: the
 * encoder reads a few hundred words at most).
 */
public final class PointTexts {
    static final int MAX_QUOTE_CHARS = 1200;

    private PointTexts() {
    }

    public static String summary(Point point) {
        StringBuilder text = new StringBuilder(point.title());
        for (String claim : point.claims().values()) {
            text.append(". ").append(claim);
        }
        return text.toString();
    }

    public static String quotes(Point point) {
        StringBuilder text = new StringBuilder();
        for (Framing framing : point.framings()) {
            for (Quote quote : framing.quotes()) {
                if (text.length() >= MAX_QUOTE_CHARS) {
                    return text.toString();
                }
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(quote.text());
            }
        }
        return text.length() > MAX_QUOTE_CHARS ? text.substring(0, MAX_QUOTE_CHARS) : text.toString();
    }

    /** Everything the lexical index reads of a point: summary and every quote. */
    static String all(Point point) {
        List<String> parts = new ArrayList<>();
        parts.add(summary(point));
        for (Framing framing : point.framings()) {
            for (Quote quote : framing.quotes()) {
                parts.add(quote.text());
            }
        }
        return String.join("\n", parts);
    }
}
