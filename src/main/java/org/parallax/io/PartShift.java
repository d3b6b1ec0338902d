package org.parallax.io;

/**
 * Maps parser locations in one part of a split file back to the whole file (decision 0019): offsets from
 * {@code from} on move by {@code bytes} and their lines by {@code lines}. The head of a split load learns its
 * {@code lines} (the line breaks in the part it does not hold) only when its tail is done, before it reports anything
 * past the cut.
 */
final class PartShift {
    static final PartShift NONE = new PartShift(Long.MAX_VALUE, 0, 0);

    private final long from;
    private final long bytes;
    private int lines;

    PartShift(long from, long bytes, int lines) {
        this.from = from;
        this.bytes = bytes;
        this.lines = lines;
    }

    void lines(int count) {
        lines = count;
    }

    long offset(long partOffset) {
        return partOffset >= from ? partOffset + bytes : partOffset;
    }

    int line(int partLine, long partOffset) {
        return partOffset >= from ? partLine + lines : partLine;
    }
}
