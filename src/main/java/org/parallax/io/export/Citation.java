package org.parallax.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;
import org.parallax.model.Side;
import org.parallax.model.Source;

/**
 * Where a quote comes from, in the words every export format uses: the article's title, author, publisher,
 * url and date of publication (each left out when the model has none), the paragraph of the article the quote
 * starts in (when the text is attached), the point, and the side (left out for a quote with no side).
 * {@code Alpha Weekly on the chip race, A. Writer, Alpha Weekly, https://alpha.example/chips, 2025-01-31;
 * paragraph 4; point: How many accelerators labs train on; side: Ruritania}.
 */
record Citation(String sourceTitle, String author, String publisher, String url, String published,
                Integer paragraph, String pointTitle, String sideLabel) {
    static Citation of(Model model, QuoteRow row) {
        return of(model, row, QuotePlaces.NONE);
    }

    static Citation of(Model model, QuoteRow row, QuotePlaces places) {
        Source source = row.source();
        String side = row.quote().side();
        String sideLabel = side == null ? null : model.side(side).map(Side::label).orElse(side);
        OptionalInt paragraph = places.paragraph(row.framing().source(), row.quote());
        return new Citation(source == null ? row.framing().source() : source.title(),
                (String) ExportColumn.AUTHOR.value(row, places),
                (String) ExportColumn.PUBLISHER.value(row, places),
                (String) ExportColumn.URL.value(row, places),
                (String) ExportColumn.PUBLISHED.value(row, places),
                paragraph.isPresent() ? paragraph.getAsInt() : null,
                row.point().title(), sideLabel);
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

    /** The url as it follows the byline: {@code ", https://..."} or "". */
    String urlPart() {
        return url == null ? "" : ", " + url;
    }

    /** The date as it follows the url: {@code ", 2025-01-31"} or "". */
    String publishedPart() {
        return published == null ? "" : ", " + published;
    }

    /** What follows the date: {@code "; paragraph 4; point: Title; side: Label"}. */
    String pointAndSide() {
        List<String> parts = new ArrayList<>();
        if (paragraph != null) {
            parts.add("paragraph " + paragraph);
        }
        parts.add("point: " + pointTitle);
        if (sideLabel != null) {
            parts.add("side: " + sideLabel);
        }
        return "; " + String.join("; ", parts);
    }

    /** The whole citation as plain text. */
    String plain() {
        return sourceTitle + byline() + urlPart() + publishedPart() + pointAndSide();
    }
}
