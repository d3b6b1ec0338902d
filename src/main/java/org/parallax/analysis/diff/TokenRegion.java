package org.parallax.analysis.diff;

/** A run of aligned tokens: {@code from[fromStart, fromEnd)} against {@code to[toStart, toEnd)} (token indices). */
record TokenRegion(boolean equal, int fromStart, int fromEnd, int toStart, int toEnd) {

    int fromLength() {
        return fromEnd - fromStart;
    }

    int toLength() {
        return toEnd - toStart;
    }

    boolean isEmpty() {
        return fromStart == fromEnd && toStart == toEnd;
    }
}
