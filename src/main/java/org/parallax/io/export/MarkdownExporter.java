package org.parallax.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Theme;

/**
 * Markdown grouped by theme ({@code ##}) then point ({@code ###}); each quote is a blockquote followed by
 * its citation line. Text from the model is escaped so it renders as written. Format: docs/export.md.
 */
public final class MarkdownExporter implements QuoteExporter {
    private final QuotePlaces places;

    public MarkdownExporter() {
        this(QuotePlaces.NONE);
    }

    /** With {@code places}, each citation names the paragraph its quote starts in, where the text is known. */
    public MarkdownExporter(QuotePlaces places) {
        this.places = places;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.MD;
    }

    @Override
    public void write(Model model, List<QuoteRow> rows, Writer out, ExportProgress progress) throws IOException {
        List<QuoteRow> ordered = CanonicalOrder.of(rows);
        out.write("# " + MarkdownText.inline(model.title()) + "\n");
        String theme = null;
        Point point = null;
        int written = 0;
        for (QuoteRow row : ordered) {
            if (!row.point().theme().equals(theme)) {
                theme = row.point().theme();
                Theme known = row.theme();
                out.write("\n## " + MarkdownText.inline(known == null ? theme : known.label()) + "\n");
                point = null;
            }
            if (row.point() != point) {
                point = row.point();
                out.write("\n### " + MarkdownText.inline(point.title()) + "\n");
            }
            out.write("\n");
            for (String line : MarkdownText.blockLines(row.quote().text())) {
                out.write(line.isEmpty() ? ">\n" : "> " + line + "\n");
            }
            Citation citation = Citation.of(model, row, places);
            out.write("\n\u2014 *" + MarkdownText.inline(citation.sourceTitle()) + "*"
                    + MarkdownText.inline(citation.byline()) + url(citation.url())
                    + MarkdownText.inline(citation.publishedPart()) + MarkdownText.inline(citation.pointAndSide())
                    + "\n");
            written++;
            if (written % CanonicalOrder.PROGRESS_STEP == 0) {
                progress.advanced(written, ordered.size());
            }
        }
        progress.advanced(written, ordered.size());
    }

    /** {@code , <https://...>}: an autolink when the url can be one, else escaped text; "" without a url. */
    static String url(String url) {
        if (url == null) {
            return "";
        }
        boolean autolink = url.matches("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*");
        return ", " + (autolink ? "<" + url + ">" : MarkdownText.inline(url));
    }
}
