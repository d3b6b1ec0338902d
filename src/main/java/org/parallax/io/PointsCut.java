package org.parallax.io;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a model file's {@code points} array can be cut in two for a two-thread load (decision 0019): the array's
 * {@code [} ({@code arrayStart}), a comma between two of its elements ({@code cut}) and the array's {@code ]}
 * ({@code pointsEnd}).
 *
 * <p>A guess that the two-thread load checks (a file it misjudges is read in one pass), made without parsing:
 * backwards from the end of the file ({@code ] } } and whitespace: points must be the root's last member); forwards
 * with a structural scan (nesting depth, strings, escapes) to the root's {@code "points"} key and its {@code [};
 * then, from the wanted share of the array on, the first comma that looks like one between two points: {@code }}
 * before it, {@code {} after it and then one of a point's fields. Only that last step guesses, and it reads a few
 * hundred bytes where a scan from the array's start would read half the file.
 */
record PointsCut(int arrayStart, int cut, int pointsEnd) {
    /** The fields a point may start with; framings and quotes have none of them. */
    private static final byte[][] POINT_FIELDS = {bytes("id"), bytes("theme"), bytes("title"), bytes("claims"),
        bytes("framings")};

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
        int cut = betweenPoints(bytes, Math.max(wanted, arrayStart + 1), pointsEnd);
        if (cut < 0) {
            return Optional.empty();
        }
        return Optional.of(new PointsCut(arrayStart, cut, pointsEnd));
    }

    /** The first comma from {@code from} on that looks like one between two points, or -1. */
    private static int betweenPoints(byte[] bytes, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (bytes[i] == ',' && looksBetweenPoints(bytes, i, limit)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksBetweenPoints(byte[] bytes, int comma, int limit) {
        int before = lastNonBlank(bytes, comma - 1);
        if (before < 0 || bytes[before] != '}') {
            return false;
        }
        int open = firstNonBlank(bytes, comma + 1, limit);
        if (open >= limit || bytes[open] != '{') {
            return false;
        }
        int quote = firstNonBlank(bytes, open + 1, limit);
        if (quote >= limit || bytes[quote] != '"') {
            return false;
        }
        for (byte[] field : POINT_FIELDS) {
            int close = quote + 1 + field.length;
            if (close < limit && bytes[close] == '"' && java.util.Arrays.equals(bytes, quote + 1, close, field, 0,
                    field.length)) {
                int colon = firstNonBlank(bytes, close + 1, limit);
                return colon < limit && bytes[colon] == ':';
            }
        }
        return false;
    }

    private static int firstNonBlank(byte[] bytes, int from, int limit) {
        int i = from;
        while (i < limit && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A forward walk over the structure up to the points. */
    private static final class Scan {
        private static final int REPORT_EVERY = 1 << 16;

        private final byte[] bytes;
        private final int limit;
        private final AtomicInteger scanned;
        private int nextReport = REPORT_EVERY;

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
                        int colon = blank(close + 1);
                        if (colon < limit && bytes[colon] == ':') {
                            int open = blank(colon + 1);
                            if (open < limit && bytes[open] == '[') {
                                return open;
                            }
                        }
                    }
                    i = close;
                    report(i);
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                }
            }
            return -1;
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

        private int blank(int from) {
            return firstNonBlank(bytes, from, limit);
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
