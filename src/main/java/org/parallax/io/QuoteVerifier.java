package org.parallax.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;

/**
 * Checks quotes against the attached article texts: does the article read exactly the quote's text at its
 * code-point offsets? Also gives the paragraph around a quote. Pure computation over texts already read.
 */
public final class QuoteVerifier {
    /** How many other occurrences a not-verbatim message lists. */
    private static final int OCCURRENCES_SHOWN = 3;

    private final AttachedSources sources;

    public QuoteVerifier(AttachedSources sources) {
        this.sources = sources;
    }

    public QuoteCheck check(String sourceId, Quote quote) {
        Optional<SourceText> article = sources.text(sourceId);
        if (article.isEmpty()) {
            return new QuoteCheck(QuoteCheck.Status.UNVERIFIABLE, "no article text for source \"" + sourceId + "\"",
                    List.of());
        }
        SourceText text = article.get();
        if (text.matches(quote.start(), quote.end(), quote.text())) {
            return quote.occurrence() == null ? new QuoteCheck(QuoteCheck.Status.VERIFIED, "verbatim", List.of())
                    : checkOccurrence(text, quote);
        }
        List<Integer> found = text.occurrences(quote.text(), OCCURRENCES_SHOWN);
        String there = quote.start() >= 0 && quote.end() >= quote.start() && quote.end() <= text.codePointCount()
                ? "the article reads \"" + ModelReader.abbreviate(text.slice(quote.start(), quote.end())) + "\" at ["
                + quote.start() + ", " + quote.end() + ")"
                : "the offsets [" + quote.start() + ", " + quote.end() + ") lie outside the article ("
                + text.codePointCount() + " characters)";
        String where = found.isEmpty() ? "the text does not occur in the article"
                : "the text occurs at " + describe(found, quote.text().codePointCount(0, quote.text().length()));
        return new QuoteCheck(QuoteCheck.Status.NOT_VERBATIM, "not verbatim: " + there + "; " + where, found);
    }

    /** A verbatim quote that names its {@code occurrence}: verified only when its offsets are at that one. */
    private static QuoteCheck checkOccurrence(SourceText text, Quote quote) {
        int n = quote.occurrence();
        List<Integer> found = text.occurrences(quote.text(), n);
        if (found.size() == n && found.get(n - 1) == quote.start()) {
            return new QuoteCheck(QuoteCheck.Status.VERIFIED, "verbatim", List.of());
        }
        String wanted = found.size() < n ? "the text occurs only " + found.size() + " time" + (found.size() == 1 ? ""
                : "s") + " in the article" : "occurrence " + n + " is at [" + found.get(n - 1) + ", "
                + (found.get(n - 1) + quote.length()) + ")";
        return new QuoteCheck(QuoteCheck.Status.NOT_VERBATIM, "not at its occurrence: the offsets [" + quote.start()
                + ", " + quote.end() + ") read the text, but the quote asks for occurrence " + n + " and " + wanted
                + " (run parallax locate)", found);
    }

    /** The paragraph around the quote in its article, when the article is attached and the offsets fit it. */
    public Optional<QuoteContext> context(String sourceId, Quote quote) {
        return sources.text(sourceId)
                .filter(text -> quote.start() >= 0 && quote.start() <= quote.end()
                        && quote.end() <= text.codePointCount())
                .map(text -> text.paragraphAround(quote.start(), quote.end()));
    }

    /** The outcome of checking a whole model: its located problems and how many quotes were verified. */
    public record Report(List<Problem> problems, int verifiedQuotes) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Every problem of the model against the attached folder, located in the model file: the sources'
     * issues (missing file, checksum, encoding), then each quote that is not verbatim, in model order.
     */
    public List<Problem> problems(Model model, ModelLocations locations) {
        return verifyAll(model, locations).problems();
    }

    /** Checks every quote once: the problems of {@link #problems} and the number of verified quotes. */
    public Report verifyAll(Model model, ModelLocations locations) {
        int verified = 0;
        List<Problem> problems = new ArrayList<>(sources.problems(locations));
        int ordinal = 0;
        List<Point> points = model.points();
        for (int p = 0; p < points.size(); p++) {
            List<Framing> framings = points.get(p).framings();
            for (int f = 0; f < framings.size(); f++) {
                Framing framing = framings.get(f);
                for (int q = 0; q < framing.quotes().size(); q++) {
                    QuoteCheck check = check(framing.source(), framing.quotes().get(q));
                    if (check.isVerified()) {
                        verified++;
                    } else if (check.status() == QuoteCheck.Status.NOT_VERBATIM) {
                        ModelLocations.Position at = locations.quote(ordinal);
                        problems.add(new Problem(locations.file(), at.line(), at.column(), ProblemKind.NOT_VERBATIM,
                                "$.points[" + p + "].framings[" + f + "].quotes[" + q + "].text",
                                check.message().replace("the article", fileOf(model, framing.source()))));
                    }
                    ordinal++;
                }
            }
        }
        return new Report(problems, verified);
    }

    private static String fileOf(Model model, String sourceId) {
        return model.source(sourceId).map(Source::file).orElse(sourceId);
    }

    private static String describe(List<Integer> starts, int length) {
        List<String> spans = new ArrayList<>();
        for (int start : starts) {
            spans.add("[" + start + ", " + (start + length) + ")");
        }
        return String.join(", ", spans) + (starts.size() == OCCURRENCES_SHOWN ? " and maybe more" : "");
    }
}
