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
 * Finds each quote's text in its article and computes its offsets, so nobody types offsets by hand.
 * A quote with an {@code occurrence} N gets the Nth place its text occurs (a problem when there are fewer).
 * Without one, a quote whose offsets already read its text keeps them (even when the text occurs elsewhere
 * too); a text found exactly once gets that place; a text found several times is ambiguous and one found
 * nowhere is missing: both are problems, and the quote keeps its old offsets.
 */
public final class QuoteLocator {
    /** One quote whose offsets change ({@code oldStart}/{@code oldEnd} are -1 when it had none). */
    public record Change(String path, int oldStart, int oldEnd, int newStart, int newEnd) {
    }

    /** The model with the offsets found, what changed, how many were already right, and the problems. */
    public record Result(Model model, List<Change> changes, int unchanged, List<Problem> problems) {
        public Result {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }
    }

    private static final int OCCURRENCES_SHOWN = 3;

    private final AttachedSources sources;

    public QuoteLocator(AttachedSources sources) {
        this.sources = sources;
    }

    public Result locate(Model model, ModelLocations locations) {
        List<Problem> problems = new ArrayList<>(sources.problems(locations));
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        int ordinal = 0;
        List<Point> points = new ArrayList<>();
        for (int p = 0; p < model.points().size(); p++) {
            Point point = model.points().get(p);
            List<Framing> framings = new ArrayList<>();
            for (int f = 0; f < point.framings().size(); f++) {
                Framing framing = point.framings().get(f);
                List<Quote> quotes = new ArrayList<>();
                for (int q = 0; q < framing.quotes().size(); q++) {
                    Quote quote = framing.quotes().get(q);
                    String path = "$.points[" + p + "].framings[" + f + "].quotes[" + q + "]";
                    ModelLocations.Position at = locations.quote(ordinal++);
                    Optional<SourceText> article = sources.text(framing.source());
                    if (article.isEmpty()) {
                        if (quote.start() < 0 && !hasIssue(framing.source())) {
                            problems.add(new Problem(locations.file(), at.line(), at.column(),
                                    ProblemKind.MISSING_FILE, path + ".text", "source \"" + framing.source()
                                    + "\" has no article file, so this quote cannot be located"));
                        }
                        quotes.add(quote);
                        continue;
                    }
                    SourceText text = article.get();
                    int length = quote.text().codePointCount(0, quote.text().length());
                    String file = model.source(framing.source()).map(Source::file).orElse(framing.source());
                    if (quote.occurrence() != null) {
                        int n = quote.occurrence();
                        List<Integer> found = text.occurrences(quote.text(), n);
                        if (found.size() < n) {
                            quotes.add(quote);
                            problems.add(new Problem(locations.file(), at.line(), at.column(), found.isEmpty()
                                    ? ProblemKind.NOT_VERBATIM : ProblemKind.RANGE, path + (found.isEmpty()
                                    ? ".text" : ".occurrence"), found.isEmpty() ? "the text does not occur in " + file
                                    + " (check spelling, punctuation and quote marks against the article)"
                                    : "occurrence " + n + " asked for, but the text occurs only " + found.size()
                                    + (found.size() == 1 ? " time" : " times") + " in " + file));
                            continue;
                        }
                        int start = found.get(n - 1);
                        if (quote.start() == start && quote.end() == start + length) {
                            unchanged++;
                            quotes.add(quote);
                        } else {
                            changes.add(new Change(path, quote.start(), quote.end(), start, start + length));
                            quotes.add(quote.at(start, start + length));
                        }
                        continue;
                    }
                    if (text.matches(quote.start(), quote.end(), quote.text())) {
                        unchanged++;
                        quotes.add(quote);
                        continue;
                    }
                    List<Integer> found = text.occurrences(quote.text(), OCCURRENCES_SHOWN);
                    if (found.size() == 1) {
                        int start = found.get(0);
                        changes.add(new Change(path, quote.start(), quote.end(), start, start + length));
                        quotes.add(quote.at(start, start + length));
                    } else {
                        quotes.add(quote);
                        problems.add(found.isEmpty()
                                ? new Problem(locations.file(), at.line(), at.column(), ProblemKind.NOT_VERBATIM,
                                        path + ".text", "the text does not occur in " + file
                                        + " (check spelling, punctuation and quote marks against the article)")
                                : new Problem(locations.file(), at.line(), at.column(), ProblemKind.AMBIGUOUS,
                                        path + ".text", "the text occurs " + (found.size() == OCCURRENCES_SHOWN
                                        ? "at least " : "") + found.size() + " times in " + file + ", at "
                                        + spans(found, length) + "; quote more words to make it unique, or give the quote an "
                                        + "\"occurrence\" (1 for the first)"));
                    }
                }
                framings.add(framing.withQuotes(quotes));
            }
            points.add(new Point(point.id(), point.theme(), point.title(), point.claims(), framings));
        }
        Model located = model.withPoints(points);
        return new Result(located, changes, unchanged, problems);
    }

    private boolean hasIssue(String sourceId) {
        return sources.issues().stream().anyMatch(issue -> sourceId.equals(issue.sourceId()));
    }

    private static String spans(List<Integer> starts, int length) {
        List<String> spans = new ArrayList<>();
        for (int start : starts) {
            spans.add("[" + start + ", " + (start + length) + ")");
        }
        return String.join(", ", spans);
    }
}
