package org.parallax.analysis.framing;

/**
 * A figure found in a text: its words, its kind (a count, a share, money, a time span, a multiple, a date
 * name) and its value as a range {@code [low, high]} (equal ends for an exact figure). Shares are fractions
 * ("half" and "50%" are both 0.5), time spans are in days.
 */
record Figure(Span span, String text, Kind kind, double low, double high, boolean rounded, String bound) {
    enum Kind { COUNT, SHARE, MONEY, TIME, MULTIPLE, DATE }

    /** Same kind, and values equal within rounding (ranges: overlapping). */
    boolean sameValue(Figure other) {
        if (kind != other.kind || !bound.equals(other.bound)) {
            return false; // "up to 40" is not "40"
        }
        if (low != high || other.low != other.high) {
            return low <= other.high * 1.0001 && other.low <= high * 1.0001;
        }
        double a = low;
        double b = other.low;
        if (kind == Kind.SHARE && (rounded || other.rounded)) {
            return Math.abs(a - b) <= 0.005;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 || Math.abs(a - b) / scale <= 0.005;
    }

    boolean isDateName() {
        return kind == Kind.DATE;
    }

    boolean comparable(Figure other) {
        return kind == other.kind;
    }
}
