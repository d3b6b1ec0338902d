package org.parallax.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Stance;

/** Coding: quotes of an article for a point, and the framing they make up. */
public final class FramingEdits {
    private FramingEdits() {
    }

    /**
     * Quotes {@code quote} of source {@code sourceId} for point {@code pointId}. When the source has no framing of
     * the point yet, one is made with {@code stance}, {@code certainty} and {@code frame} (any may be null);
     * otherwise the quote joins the framing in text order and the framing's labels stay. The offsets come from a
     * selection in the article; they are checked against nothing here (the text is io's business) but must be a
     * non-empty range, and the same range may not be quoted twice for one framing.
     */
    public record AddQuote(String pointId, String sourceId, Quote quote, Stance stance, Certainty certainty,
                           String frame) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfPoint(model, pointId);
            if (model.source(sourceId).isEmpty()) {
                throw new EditRejected("the model has no source \"" + sourceId + "\"");
            }
            if (quote.start() < 0 || quote.end() <= quote.start() || quote.text().isEmpty()) {
                throw new EditRejected("a quote needs some selected text");
            }
            if (quote.side() != null && model.side(quote.side()).isEmpty()) {
                throw new EditRejected("the model has no side \"" + quote.side() + "\"");
            }
            Point point = model.points().get(index);
            List<Framing> framings = new ArrayList<>(point.framings());
            int at = framingIndex(point, sourceId);
            if (at < 0) {
                framings.add(new Framing(sourceId, null, stance, certainty, blankToNull(frame), List.of(quote), null));
            } else {
                Framing framing = framings.get(at);
                for (Quote existing : framing.quotes()) {
                    if (existing.start() == quote.start() && existing.end() == quote.end()) {
                        throw new EditRejected("this passage is already quoted for point \"" + pointId + "\"");
                    }
                }
                List<Quote> quotes = new ArrayList<>(framing.quotes());
                quotes.add(quote);
                quotes.sort(Comparator.comparingInt(Quote::start));
                framings.set(at, framing.withQuotes(quotes));
            }
            return replace(model, index, point, framings);
        }

        @Override
        public String label() {
            return "quote " + sourceId + " for " + pointId;
        }
    }

    /** Removes one quote; a framing left without quotes goes too (a framing has at least one). */
    public record RemoveQuote(String pointId, String sourceId, int quoteIndex) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfPoint(model, pointId);
            Point point = model.points().get(index);
            int at = requireFraming(point, sourceId);
            Framing framing = point.framings().get(at);
            if (quoteIndex < 0 || quoteIndex >= framing.quotes().size()) {
                throw new EditRejected("the framing of \"" + sourceId + "\" has no quote " + (quoteIndex + 1));
            }
            List<Framing> framings = new ArrayList<>(point.framings());
            if (framing.quotes().size() == 1) {
                framings.remove(at);
            } else {
                framings.set(at, framing.withQuotes(Models.removeAt(framing.quotes(), quoteIndex)));
            }
            return replace(model, index, point, framings);
        }

        @Override
        public String label() {
            return "remove a quote of " + sourceId + " from " + pointId;
        }
    }

    /** Changes which side a quote speaks of (null: both or neither). */
    public record SetQuoteSide(String pointId, String sourceId, int quoteIndex, String side) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfPoint(model, pointId);
            Point point = model.points().get(index);
            int at = requireFraming(point, sourceId);
            Framing framing = point.framings().get(at);
            if (quoteIndex < 0 || quoteIndex >= framing.quotes().size()) {
                throw new EditRejected("the framing of \"" + sourceId + "\" has no quote " + (quoteIndex + 1));
            }
            if (side != null && model.side(side).isEmpty()) {
                throw new EditRejected("the model has no side \"" + side + "\"");
            }
            Quote old = framing.quotes().get(quoteIndex);
            Quote changed = new Quote(old.text(), old.start(), old.end(), side, old.occurrence());
            List<Framing> framings = new ArrayList<>(point.framings());
            framings.set(at, framing.withQuotes(Models.replaceAt(framing.quotes(), quoteIndex, changed)));
            return replace(model, index, point, framings);
        }

        @Override
        public String label() {
            return "set the side of a quote";
        }
    }

    /** Changes a framing's stance, certainty, frame and note; its quotes stay. */
    public record UpdateFraming(String pointId, String sourceId, Stance stance, Certainty certainty, String frame,
                                String note) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfPoint(model, pointId);
            Point point = model.points().get(index);
            int at = requireFraming(point, sourceId);
            Framing old = point.framings().get(at);
            List<Framing> framings = new ArrayList<>(point.framings());
            framings.set(at, new Framing(sourceId, old.speaker(), stance, certainty, blankToNull(frame), old.quotes(),
                    blankToNull(note)));
            return replace(model, index, point, framings);
        }

        @Override
        public String label() {
            return "edit the framing of " + sourceId + " for " + pointId;
        }
    }

    /** Removes a source's framing of a point, quotes and all. */
    public record RemoveFraming(String pointId, String sourceId) implements Edit {
        @Override
        public Model apply(Model model) throws EditRejected {
            int index = Models.indexOfPoint(model, pointId);
            Point point = model.points().get(index);
            int at = requireFraming(point, sourceId);
            return replace(model, index, point, Models.removeAt(point.framings(), at));
        }

        @Override
        public String label() {
            return "remove the framing of " + sourceId + " for " + pointId;
        }
    }

    private static Model replace(Model model, int index, Point point, List<Framing> framings) {
        return Models.withPoints(model, Models.replaceAt(model.points(), index,
                new Point(point.id(), point.theme(), point.title(), point.claims(), framings)));
    }

    private static int framingIndex(Point point, String sourceId) {
        for (int i = 0; i < point.framings().size(); i++) {
            if (point.framings().get(i).source().equals(sourceId)) {
                return i;
            }
        }
        return -1;
    }

    private static int requireFraming(Point point, String sourceId) throws EditRejected {
        int at = framingIndex(point, sourceId);
        if (at < 0) {
            throw new EditRejected("source \"" + sourceId + "\" has no framing of point \"" + point.id() + "\"");
        }
        return at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
