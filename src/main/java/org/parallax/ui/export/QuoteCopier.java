package org.parallax.ui.export;

import java.util.Collection;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.export.ClipboardFormats;
import org.parallax.model.Model;

/** Ctrl+C on quotes: each with its citation, as plain text and as HTML (blockquote + cite). */
public final class QuoteCopier {
    private final QuoteClipboard clipboard;

    public QuoteCopier(QuoteClipboard clipboard) {
        this.clipboard = clipboard;
    }

    /** Copies the quotes in canonical order; returns how many (0 leaves the clipboard alone). */
    public int copy(Model model, Collection<QuoteRow> quotes) {
        if (quotes.isEmpty()) {
            return 0;
        }
        List<QuoteRow> rows = List.copyOf(quotes);
        clipboard.put(ClipboardFormats.plainText(model, rows), ClipboardFormats.html(model, rows));
        return rows.size();
    }
}
