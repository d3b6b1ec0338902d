package org.parallax.ui.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.Span;
import org.parallax.analysis.framing.WordSpan;

/**
 * The styled runs of one side of a row: equal words plain, A's deleted or replaced words struck through, B's
 * inserted or replacing words underlined, cosmetic differences muted, the selected change's words marked, and
 * a boundary mark where a new quote begins (two quotes' words never run together).
 */
final class RowSegments {
    static final String PLAIN = "diff-plain";
    static final String DELETED = "diff-deleted";
    static final String INSERTED = "diff-inserted";
    static final String COSMETIC = "diff-cosmetic";
    static final String HIGHLIGHT = "diff-highlight";
    static final String CARET = "diff-caret";
    static final String BOUNDARY = "diff-quote-boundary";
    /** Drawn where a quote begins; not part of the text. */
    static final String BOUNDARY_MARK = "\u2016 ";

    enum Side { FROM, TO }

    private RowSegments() {
    }

    static List<DiffSegment> of(FramingComparison comparison, DiffRow row, Side side, FramingChange selected) {
        Span range = side == Side.FROM ? row.from() : row.to();
        if (range == null) {
            return List.of();
        }
        String text = side == Side.FROM ? comparison.fromText() : comparison.toText();
        String changed = side == Side.FROM ? DELETED : INSERTED;
        // the style of each char of the range, from the word spans of the comparison that fall in it
        String[] style = new String[range.length()];
        java.util.Arrays.fill(style, row.isAligned() ? PLAIN : changed);
        if (row.isAligned()) {
            for (WordSpan word : comparison.alignment().get(row.pairIndex()).words()) {
                Span span = side == Side.FROM ? word.from() : word.to();
                if (span.isEmpty() || word.op() == WordSpan.Op.EQUAL) {
                    continue;
                }
                String kind = word.cosmetic() ? COSMETIC : changed;
                for (int i = Math.max(span.start(), range.start()); i < Math.min(span.end(), range.end()); i++) {
                    style[i - range.start()] = kind;
                }
            }
        }
        Span marked = selected == null || selected.pairIndex() != row.pairIndex() ? null
                : side == Side.FROM ? selected.fromSpan() : selected.toSpan();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(range.start());
        cuts.add(range.end());
        for (int i = range.start() + 1; i < range.end(); i++) {
            if (!style[i - range.start()].equals(style[i - range.start() - 1])) {
                cuts.add(i);
            }
        }
        List<Span> quotes = side == Side.FROM ? comparison.fromQuotes() : comparison.toQuotes();
        TreeSet<Integer> quoteStarts = new TreeSet<>();
        for (Span quote : quotes) {
            // a quote that begins in this row (not the text's first): its boundary is drawn where it begins
            if (quote.start() > 0 && quote.start() >= range.start() && quote.start() < range.end()) {
                quoteStarts.add(quote.start());
                cuts.add(quote.start());
            }
        }
        if (marked != null) {
            clip(cuts, marked.start(), range);
            clip(cuts, marked.end(), range);
        }
        List<DiffSegment> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                if (quoteStarts.contains(previous)) {
                    segments.add(new DiffSegment(BOUNDARY_MARK, List.of(BOUNDARY)));
                }
                if (marked != null && marked.isEmpty() && marked.start() == previous) {
                    segments.add(new DiffSegment("\u2038", List.of(CARET, HIGHLIGHT)));
                }
                boolean inMark = marked != null && !marked.isEmpty() && previous >= marked.start() && cut <= marked.end();
                String kind = style[previous - range.start()];
                segments.add(new DiffSegment(text.substring(previous, cut), inMark ? List.of(kind, HIGHLIGHT) : List.of(kind)));
            }
            previous = cut;
        }
        if (marked != null && marked.isEmpty() && marked.start() == range.end()) {
            segments.add(new DiffSegment("\u2038", List.of(CARET, HIGHLIGHT)));
        }
        return segments;
    }

    private static void clip(TreeSet<Integer> cuts, int at, Span range) {
        if (at > range.start() && at < range.end()) {
            cuts.add(at);
        }
    }

    /** The text of the marked runs (what a reader sees highlighted), joined. */
    static String highlighted(List<DiffSegment> segments) {
        StringBuilder marked = new StringBuilder();
        for (DiffSegment segment : segments) {
            if (segment.styleClasses().contains(HIGHLIGHT) && !segment.styleClasses().contains(CARET)) {
                marked.append(segment.text());
            }
        }
        return marked.toString();
    }
}
