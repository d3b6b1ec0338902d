package org.parallax.io;

/**
 * Maps parser locations in one part of a split file back to the whole file (decision 0019): offsets from
 * {@code from} on move by {@code bytes} and their lines by {@code lines}. The head of a split load learns its
 * {@code lines} (the line breaks in the part it does not hold) only when its tail is done, before it reports anything
 * past the cut.
 */
final class PartShift {
    private long from;
    private long bytes;
    private int lines;

    /** No shift: the part is the whole file, or nothing of it is past a cut yet. */
    static PartShift none() {
        return new PartShift(Long.MAX_VALUE, 0, 0);
    }

    PartShift(long from, long bytes, int lines) {
        this.from = from;
        this.bytes = bytes;
        this.lines = lines;
    }

    /** For a head whose cut is found while it reads: set before the head reads past {@code cut}. */
    void place(long cut, long skipped) {
        from = cut;
        bytes = skipped;
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
