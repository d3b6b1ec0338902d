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
        String a = fromText.substring(fromPos, fromEnd);
        String b = toText.substring(toPos, toEnd);
        DiffSpan span;
        if (a.equals(b)) {
            span = new DiffSpan(DiffOp.EQUAL, fromPos, fromEnd, toPos, toEnd, false);
        } else {
            DiffOp op = a.isEmpty() ? DiffOp.INSERT : b.isEmpty() ? DiffOp.DELETE : DiffOp.REPLACE;
            span = new DiffSpan(op, fromPos, fromEnd, toPos, toEnd, aligned);
        }
        append(span);
        fromPos = fromEnd;
        toPos = toEnd;
    }

    private void append(DiffSpan span) {
        if (!spans.isEmpty()) {
            DiffSpan last = spans.get(spans.size() - 1);
            boolean bothEqual = last.op() == DiffOp.EQUAL && span.op() == DiffOp.EQUAL;
            boolean bothChanged = last.op() != DiffOp.EQUAL && span.op() != DiffOp.EQUAL;
            if (bothEqual || bothChanged) {
                int fromStart = last.fromStart();
                int toStart = last.toStart();
                DiffOp op = bothEqual ? DiffOp.EQUAL
                        : fromStart == span.fromEnd() ? DiffOp.INSERT
                        : toStart == span.toEnd() ? DiffOp.DELETE : DiffOp.REPLACE;
                spans.set(spans.size() - 1, new DiffSpan(op, fromStart, span.fromEnd(), toStart, span.toEnd(),
                        !bothEqual && last.cosmetic() && span.cosmetic()));
                return;
            }
        }
        spans.add(span);
    }
}
