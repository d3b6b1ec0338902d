package org.parallax.analysis.filter;

import java.util.BitSet;

/**
 * The folded search text of a whole catalog in one string, each piece stored once: a framing's context (its
 * point's title and claims, and its frame) once for all its quotes, then each quote's text. Finding a word
 * is one left-to-right sweep of {@link String#indexOf}, jumping to the next piece after each hit, so a
 * query over 100,000 quotes costs a few scans of contiguous memory instead of 100,000 scattered ones.
 *
 * <p>The text is kept Latin-1 (one byte per char in a compact string) even when the corpus has emoji or letters
 * folding keeps beyond U+00FF: each such char is stored as {@link #ESCAPE} and four chars U+0080-U+008F (its hex
 * digits), and a searched word is escaped the same way. U+0001 and U+0080-U+008F themselves are escaped too,
 * so the escaping is one-to-one and an escaped word can only match at char boundaries of the original: the same
 * hits as without escaping, in half the memory every sweep reads.
 */
final class SearchIndex {
    static final char SEPARATOR = '\u0000';
    static final char ESCAPE = '\u0001';
    private static final char NIBBLE_BASE = '\u0080';

    private final String text;
    private final int[] pieceEnd;
    private final int[] firstRow;
    private final int[] endRow;
    private final int rowCount;
    /** Per row, the piece of its quote text and the piece of its framing's context. */
    private final int[] quotePiece;
    private final int[] contextPiece;

    private SearchIndex(String text, int[] pieceEnd, int[] firstRow, int[] endRow, int rowCount, int[] quotePiece,
                        int[] contextPiece) {
        this.text = text;
        this.pieceEnd = pieceEnd;
        this.firstRow = firstRow;
        this.endRow = endRow;
        this.rowCount = rowCount;
        this.quotePiece = quotePiece;
        this.contextPiece = contextPiece;
    }

    /**
     * Of the rows in {@code among}, those whose search text ({@link QuoteRow#searchText()}: its quote piece and its
     * framing's context piece) contains {@code word} (which holds no whitespace, so it cannot span the line break
     * between them): the narrowing re-test, when few rows passed before. Each piece is searched on its own (a
     * framing's context once for all its rows), so the cost follows the candidates, not the whole text.
     */
    BitSet rowsContaining(String plainWord, BitSet among) {
        BitSet rows = new BitSet(rowCount);
        String needle = escape(plainWord);
        int lastContext = -1;
        boolean lastContextHolds = false;
        for (int row = among.nextSetBit(0); row >= 0 && row < rowCount; row = among.nextSetBit(row + 1)) {
            int context = contextPiece[row];
            if (context != lastContext) {
                lastContext = context;
                lastContextHolds = pieceContains(context, needle);
            }
            if (lastContextHolds || pieceContains(quotePiece[row], needle)) {
                rows.set(row);
            }
        }
        return rows;
    }

    /** Whether the (escaped) needle occurs inside piece {@code piece}; reads that piece only. */
    private boolean pieceContains(int piece, String needle) {
        int start = piece == 0 ? 0 : pieceEnd[piece - 1] + 1;
        // a copy of the piece (a few hundred bytes) lets String's vectorised search stop at the piece's end
        return text.substring(start, pieceEnd[piece]).contains(needle);
    }

    /** The rows one of whose pieces contains {@code word} (which holds no whitespace). */
    BitSet rowsContaining(String word) {
        BitSet rows = new BitSet(rowCount);
        if (word.isEmpty()) {
            rows.set(0, rowCount);
            return rows;
        }
        String needle = escape(word);
        int piece = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return rows;
            }
            while (pieceEnd[piece] <= at) {
                piece++;
            }
            int pieceStart = piece == 0 ? 0 : pieceEnd[piece - 1] + 1;
            if (at >= pieceStart && at + needle.length() <= pieceEnd[piece]) {
                rows.set(firstRow[piece], endRow[piece]);
                from = pieceEnd[piece] + 1; // the next piece: one hit per piece is enough
            } else {
                from = at + 1; // the hit spans a separator: not a hit inside one piece
            }
        }
    }

    /** The text with every char that is not plain (above U+00FF, or one escapes are made of) escaped. */
    static String escape(String folded) {
        int i = 0;
        while (i < folded.length() && isPlain(folded.charAt(i))) {
            i++;
        }
        if (i == folded.length()) {
            return folded;
        }
        StringBuilder escaped = new StringBuilder(folded.length() + 16).append(folded, 0, i);
        for (; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isPlain(c)) {
                escaped.append(c);
            } else {
                escaped.append(ESCAPE);
                for (int shift = 12; shift >= 0; shift -= 4) {
                    escaped.append((char) (NIBBLE_BASE + ((c >> shift) & 0xF)));
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isPlain(char c) {
        return c <= '\u00FF' && c != ESCAPE && (c < NIBBLE_BASE || c > NIBBLE_BASE + 0xF);
    }

    /** Collects pieces in row order. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] pieceEnd = new int[1024];
        private int[] firstRow = new int[1024];
        private int[] endRow = new int[1024];
        private int pieces;
        private int[] quotePiece = new int[1024];
        private int[] contextPiece = new int[1024];
        private int rows;

        /** Adds a piece shared by rows {@code [first, end)}; returns its number. */
        int add(String foldedPiece, int first, int end) {
            if (pieces == pieceEnd.length) {
                pieceEnd = java.util.Arrays.copyOf(pieceEnd, pieces * 2);
                firstRow = java.util.Arrays.copyOf(firstRow, pieces * 2);
                endRow = java.util.Arrays.copyOf(endRow, pieces * 2);
            }
            text.append(escape(foldedPiece));
            pieceEnd[pieces] = text.length();
            firstRow[pieces] = first;
            endRow[pieces] = end;
            text.append(SEPARATOR);
            return pieces++;
        }

        /** Sets the rows of a piece added before its rows were known. */
        void setRows(int piece, int first, int end) {
            firstRow[piece] = first;
            endRow[piece] = end;
        }

        /** Says which pieces make up the search text of {@code row}; rows are numbered 0, 1, 2, ... */
        void setPiecesOfRow(int row, int quote, int context) {
            if (row >= quotePiece.length) {
                quotePiece = java.util.Arrays.copyOf(quotePiece, Math.max(row + 1, quotePiece.length * 2));
                contextPiece = java.util.Arrays.copyOf(contextPiece, quotePiece.length);
            }
            quotePiece[row] = quote;
            contextPiece[row] = context;
            rows = Math.max(rows, row + 1);
        }

        SearchIndex build(int rowCount) {
            if (rows != rowCount) {
                throw new IllegalStateException("pieces given for " + rows + " rows, not " + rowCount);
            }
            return new SearchIndex(text.toString(), java.util.Arrays.copyOf(pieceEnd, pieces),
                    java.util.Arrays.copyOf(firstRow, pieces), java.util.Arrays.copyOf(endRow, pieces), rowCount,
                    java.util.Arrays.copyOf(quotePiece, rowCount), java.util.Arrays.copyOf(contextPiece, rowCount));
        }
    }
}
