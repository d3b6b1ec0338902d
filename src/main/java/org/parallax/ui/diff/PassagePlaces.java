package org.parallax.ui.diff;

import java.util.List;
import java.util.Optional;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.Span;
import org.parallax.model.Framing;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.ui.common.OpenInArticleEvent;

/**
 * Where a passage of the diff is in its article: a comparison's spans are char offsets into a framing's joined
 * quotes (or a whole article); the reader needs code points of the article. A passage of joined quotes maps into the
 * quote it starts in (to where it ends, when that is further on in the article).
 */
final class PassagePlaces {
    private PassagePlaces() {
    }

    /**
     * The article range of {@code span} of side A ({@code from}) or B of {@code comparison}, which compared
     * {@code source}'s framing of {@code point} (mode POINT) or its whole article (mode ARTICLES).
     */
    static Optional<OpenInArticleEvent> of(FramingComparison comparison, DiffViewModel.Mode mode, Point point,
                                           Source source, boolean from, Span span) {
        if (comparison == null || source == null || span == null) {
            return Optional.empty();
        }
        String text = from ? comparison.fromText() : comparison.toText();
        if (span.end() > text.length()) {
            return Optional.empty();
        }
        if (mode == DiffViewModel.Mode.ARTICLES) {
            int start = text.codePointCount(0, span.start());
            return Optional.of(new OpenInArticleEvent(source.id(), start,
                    start + text.codePointCount(span.start(), span.end())));
        }
        Optional<Framing> framing = point == null ? Optional.empty() : point.framingOf(source.id());
        List<Span> quotes = from ? comparison.fromQuotes() : comparison.toQuotes();
        if (framing.isEmpty() || framing.get().quotes().size() != quotes.size()) {
            return Optional.empty();
        }
        int first = partAt(quotes, span.start());
        int last = partAt(quotes, Math.max(span.start(), span.end() - 1));
        int start = articleOffset(framing.get().quotes().get(first), quotes.get(first), span.start());
        int end = articleOffset(framing.get().quotes().get(last), quotes.get(last), span.end());
        if (end <= start) {
            end = framing.get().quotes().get(first).end(); // a later quote that comes earlier in the article
        }
        return Optional.of(new OpenInArticleEvent(source.id(), start, end));
    }

    private static int partAt(List<Span> quotes, int charOffset) {
        int part = 0;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).start() <= charOffset) {
                part = i;
            }
        }
        return part;
    }

    /** The article code point of char {@code at} of the joined text, inside the quote shown at {@code shown}. */
    private static int articleOffset(Quote quote, Span shown, int at) {
        int within = Math.max(0, Math.min(at, shown.end()) - shown.start());
        within = Math.min(within, quote.text().length());
        return Math.min(quote.end(), quote.start() + quote.text().codePointCount(0, within));
    }
}
