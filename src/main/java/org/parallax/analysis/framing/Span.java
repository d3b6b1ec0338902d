package org.parallax.analysis.framing;

/** Characters {@code [start, end)} of a text, in Java char offsets (JSON output converts to code points). */
public record Span(int start, int end) {
    public static final Span EMPTY = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
