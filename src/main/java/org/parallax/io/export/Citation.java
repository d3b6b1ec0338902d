package org.parallax.io.export;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;
import org.parallax.model.Side;
import org.parallax.model.Source;

/**
 * Where a quote comes from, in the words every export format uses: the article's title, author and
 * publisher (each left out when the model has none), the point, and the side (left out for a quote with
 * no side). {@code Alpha Weekly on the chip race, A. Writer, Alpha Weekly; point: How many accelerators
 * labs train on; side: Ruritania}.
 */
record Citation(String sourceTitle, String author, String publisher, String pointTitle, String sideLabel) {
    static Citation of(Model model, QuoteRow row) {
        Source source = row.source();
        String side = row.quote().side();
        String sideLabel = side == null ? null : model.side(side).map(Side::label).orElse(side);
        return new Citation(source == null ? row.framing().source() : source.title(),
                source == null ? null : blankToNull(source.author()),
                source == null ? null : blankToNull(source.publisher()),
                row.point().title(), sideLabel);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Author and publisher as they follow the title: {@code ", A. Writer, Alpha Weekly"} or "". */
    String byline() {
        StringBuilder byline = new StringBuilder();
        if (author != null) {
            byline.append(", ").append(author);
        }
        if (publisher != null) {
            byline.append(", ").append(publisher);
        }
        return byline.toString();
    }

    /** What follows the byline: {@code "; point: Title; side: Label"}. */
    String pointAndSide() {
        List<String> parts = new ArrayList<>();
        parts.add("point: " + pointTitle);
        if (sideLabel != null) {
            parts.add("side: " + sideLabel);
        }
        return "; " + String.join("; ", parts);
    }

    /** The whole citation as plain text. */
    String plain() {
        return sourceTitle + byline() + pointAndSide();
    }
}
