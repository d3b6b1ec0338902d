package org.parallax.io.export;

import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;

/**
 * What copying quotes puts on the clipboard: plain text, and HTML so a word processor keeps the quotation
 * formatting (a {@code blockquote} with a {@code cite}). Each quote carries its citation. Format: docs/export.md.
 */
public final class ClipboardFormats {
    private ClipboardFormats() {
    }

    /** {@code “text”} then {@code — citation} on the next line; quotes separated by a blank line. */
    public static String plainText(Model model, List<QuoteRow> rows) {
        StringBuilder text = new StringBuilder();
        for (QuoteRow row : CanonicalOrder.of(rows)) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append('\u201C').append(row.quote().text()).append("\u201D\n")
                    .append("\u2014 ").append(Citation.of(model, row).plain()).append('\n');
        }
        return text.toString();
    }

    /** One {@code <blockquote>} per quote, its citation in a {@code <footer>} with the title in {@code <cite>}. */
    public static String html(Model model, List<QuoteRow> rows) {
        StringBuilder html = new StringBuilder();
        for (QuoteRow row : CanonicalOrder.of(rows)) {
            Citation citation = Citation.of(model, row);
            html.append("<blockquote><p>").append(escape(row.quote().text()).replace("\n", "<br>"))
                    .append("</p><footer>\u2014 <cite>").append(escape(citation.sourceTitle())).append("</cite>")
                    .append(escape(citation.byline())).append(escape(citation.urlPart()))
                    .append(escape(citation.publishedPart())).append(escape(citation.pointAndSide()))
                    .append("</footer></blockquote>\n");
        }
        return html.toString();
    }

    /** The five characters HTML text and attribute values must not hold raw. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
