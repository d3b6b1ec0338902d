package org.parallax.io;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a model file's {@code points} array can be cut in two for a two-thread load (decision 0019): the array's
 * {@code [} ({@code arrayStart}), a comma between two of its elements ({@code cut}), the array's {@code ]}
 * ({@code pointsEnd}), how many elements come before the cut, and how many line breaks come before it.
 *
 * <p>Found by a structural scan (nesting depth, strings and escapes, no parsing): backwards from the end of the file
 * ({@code ] } } and whitespace: points must be the root's last member), forwards from the start to the root's
 * {@code "points"} key and on to the first comma between elements at or after the wanted share of the array. The scan
 * is a guess that the two-thread load checks: a file it misjudges is read by the one-thread pass.
 */
record PointsCut(int arrayStart, int cut, int pointsEnd, int elementsBefore, int linesBeforeCut) {

    /** The cut nearest after {@code share} (0..1) of the points array's bytes, or empty when the file has none. */
    static Optional<PointsCut> find(byte[] bytes, double share) {
        return find(bytes, share, new AtomicInteger());
    }

    /**
     * {@link #find(byte[], double)}, telling how far it got on the way: no byte before {@code scanned} is the cut,
     * so a reader may take those before the scan is done.
     */
    static Optional<PointsCut> find(byte[] bytes, double share, AtomicInteger scanned) {
        int end = lastNonBlank(bytes, bytes.length - 1);
        if (end < 0 || bytes[end] != '}') {
            return Optional.empty();
        }
        int pointsEnd = lastNonBlank(bytes, end - 1);
        if (pointsEnd < 0 || bytes[pointsEnd] != ']') {
            return Optional.empty();
        }
        Scan scan = new Scan(bytes, pointsEnd, scanned);
        int arrayStart = scan.toPointsArray();
        if (arrayStart < 0) {
            return Optional.empty();
        }
        int wanted = arrayStart + (int) ((pointsEnd - arrayStart) * Math.min(Math.max(share, 0), 1));
        int cut = scan.toElementComma(arrayStart + 1, wanted);
        if (cut < 0) {
            return Optional.empty();
        }
        return Optional.of(new PointsCut(arrayStart, cut, pointsEnd, scan.commas + 1, scan.lines));
    }

    /** One forward walk over the structure; counts line breaks as the JSON parser does ({@code \r\n} is one). */
    private static final class Scan {
        private static final int REPORT_EVERY = 1 << 16;

        private final byte[] bytes;
        private final int limit;
        private final AtomicInteger scanned;
        private int nextReport = REPORT_EVERY;
        private int lines;
        private int commas;

        Scan(byte[] bytes, int limit, AtomicInteger scanned) {
            this.bytes = bytes;
            this.limit = limit;
            this.scanned = scanned;
        }

        private void report(int at) {
            if (at >= nextReport) {
                scanned.setRelease(at);
                nextReport = at + REPORT_EVERY;
            }
        }

        /** Offset of the {@code [} of the root object's "points" member, or -1. Stops there. */
        int toPointsArray() {
            int depth = 0;
            for (int i = 0; i < limit; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    int close = stringEnd(i);
                    if (close < 0) {
                        return -1;
                    }
                    if (depth == 1 && isPoints(i, close)) {
                        int linesSoFar = lines;
                        int colon = blank(close + 1);
                        if (colon < limit && bytes[colon] == ':') {
                            int open = blank(colon + 1);
                            if (open < limit && bytes[open] == '[') {
                                return open;
                            }
                        }
                        lines = linesSoFar; // the loop counts those blanks again
                    }
                    i = close;
                    report(i);
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                } else {
                    lineBreak(i);
                }
            }
            return -1;
        }

        /** Offset of the first comma between the array's elements at or after {@code wanted}, or -1. */
        int toElementComma(int from, int wanted) {
            int depth = 0;
            for (int i = from; i < limit; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    int close = stringEnd(i);
                    if (close < 0) {
                        return -1;
                    }
                    i = close;
                    report(i);
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    if (--depth < 0) {
                        return -1; // this array ends before the file's last ]: not the array we are after
                    }
                } else if (b == ',') {
                    if (depth == 0) {
                        if (i >= wanted) {
                            return i;
                        }
                        commas++;
                    }
                } else {
                    lineBreak(i);
                }
            }
            return -1;
        }

        private void lineBreak(int i) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                lines++;
            }
        }

        /** Offset of the quote that closes the string opening at {@code open}, or -1. */
        private int stringEnd(int open) {
            byte[] b = bytes;
            for (int i = open + 1; i < limit; i++) {
                int c = b[i];
                if (c > '\\') {
                    continue; // lower-case letters and most punctuation: the bulk of a model's text, tested once
                }
                if (c == '"') {
                    return i;
                }
                if (c == '\\') {
                    i++;
                }
            }
            return -1;
        }

        private boolean isPoints(int open, int close) {
            return close - open == 7 && bytes[open + 1] == 'p' && bytes[open + 2] == 'o' && bytes[open + 3] == 'i'
                    && bytes[open + 4] == 'n' && bytes[open + 5] == 't' && bytes[open + 6] == 's';
        }

        /** The first offset from {@code from} that is not whitespace, counting line breaks on the way. */
        private int blank(int from) {
            int i = from;
            while (i < limit && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
                lineBreak(i);
                i++;
            }
            return i;
        }
    }

    private static int lastNonBlank(byte[] bytes, int from) {
        int i = from;
        while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i--;
        }
        return i;
    }
}
