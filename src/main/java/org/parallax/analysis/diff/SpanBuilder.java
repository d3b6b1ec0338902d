package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns token regions into character spans that cover both texts completely and in order, whitespace included.
 * Equal spans are character-identical; aligned tokens or gaps that differ only in case, typography or spacing
 * become cosmetic spans, so the second text can always be rebuilt exactly from the first and the spans.
 * Neighbouring spans of the same kind are merged; a run of non-equal pieces becomes one insert, delete or replace.
 */
final class SpanBuilder {
    private final String fromText;
    private final String toText;
    private final List<Token> from;
    private final List<Token> to;
    private final List<DiffSpan> spans = new ArrayList<>();
    private int fromPos;
    private int toPos;
    // The span being grown: neighbouring pieces of the same kind (equal, or not) merge into one span, which is
    // only created once the kind changes (a 10,000-word text has tens of thousands of pieces, hundreds of spans).
    private boolean open;
    private boolean openEqual;
    private boolean openCosmetic;
    private int openFromStart;
    private int openToStart;
    private int openFromEnd;
    private int openToEnd;

    SpanBuilder(String fromText, String toText, List<Token> from, List<Token> to) {
        this.fromText = fromText;
        this.toText = toText;
        this.from = from;
        this.to = to;
    }

    List<DiffSpan> build(List<TokenRegion> regions) {
        for (TokenRegion region : regions) {
            if (region.equal()) {
                for (int k = 0; k < region.fromLength(); k++) {
                    Token a = from.get(region.fromStart() + k);
                    Token b = to.get(region.toStart() + k);
                    emit(a.start(), b.start(), true);
                    emit(a.end(), b.end(), true);
                }
            } else {
                int fromBodyStart = region.fromLength() > 0 ? from.get(region.fromStart()).start() : fromPos;
                int toBodyStart = region.toLength() > 0 ? to.get(region.toStart()).start() : toPos;
                // the gap before the change: kept equal when it is the same on both sides
                emit(fromBodyStart, toBodyStart, true);
                int fromBodyEnd = region.fromLength() > 0 ? from.get(region.fromEnd() - 1).end() : fromPos;
                int toBodyEnd = region.toLength() > 0 ? to.get(region.toEnd() - 1).end() : toPos;
                emit(fromBodyEnd, toBodyEnd, false);
            }
        }
        emit(fromText.length(), toText.length(), true);
        close();
        return spans;
    }

    /**
     * Emits the piece from the current positions up to {@code fromEnd}/{@code toEnd}. {@code aligned} pieces are
     * equal when identical and cosmetic otherwise; unaligned pieces are changes of wording.
     */
    private void emit(int fromEnd, int toEnd, boolean aligned) {
        if (fromEnd == fromPos && toEnd == toPos) {
            return;
        }
        int fromLength = fromEnd - fromPos;
        boolean same = fromLength == toEnd - toPos && fromText.regionMatches(fromPos, toText, toPos, fromLength);
        append(same, fromEnd, toEnd, !same && aligned);
        fromPos = fromEnd;
        toPos = toEnd;
    }

    private void append(boolean equal, int fromEnd, int toEnd, boolean cosmetic) {
        if (open && openEqual == equal) {
            openCosmetic &= cosmetic;
        } else {
            close();
            open = true;
            openEqual = equal;
            openCosmetic = cosmetic;
            openFromStart = fromPos;
            openToStart = toPos;
        }
        openFromEnd = fromEnd;
        openToEnd = toEnd;
    }

    private void close() {
        if (!open) {
            return;
        }
        DiffOp op = openEqual ? DiffOp.EQUAL
                : openFromStart == openFromEnd ? DiffOp.INSERT
                : openToStart == openToEnd ? DiffOp.DELETE : DiffOp.REPLACE;
        spans.add(new DiffSpan(op, openFromStart, openFromEnd, openToStart, openToEnd, openCosmetic));
        open = false;
    }
}
