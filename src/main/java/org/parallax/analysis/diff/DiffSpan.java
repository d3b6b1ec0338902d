package org.parallax.analysis.diff;

/**
 * One span of a diff: {@code [fromStart, fromEnd)} of the first text corresponds to {@code [toStart, toEnd)} of
 * the second (Java char offsets). An {@link DiffOp#EQUAL} span has identical text on both sides; an
 * {@link DiffOp#INSERT} span is empty on the first side, a {@link DiffOp#DELETE} span on the second.
 * {@code cosmetic} marks a change in case, typography or spacing only (the words compare equal): it keeps the
 * spans exact without being reported as a change of wording.
 */
public record DiffSpan(DiffOp op, int fromStart, int fromEnd, int toStart, int toEnd, boolean cosmetic) {
    public DiffSpan {
        if (fromStart < 0 || fromEnd < fromStart || toStart < 0 || toEnd < toStart) {
            throw new IllegalArgumentException("bad span offsets " + fromStart + ".." + fromEnd + " / "
                    + toStart + ".." + toEnd);
        }
    }

    /** True for a change of wording: not equal, and not a cosmetic difference. */
    public boolean isChange() {
        return op != DiffOp.EQUAL && !cosmetic;
    }

    public String fromText(String from) {
        return from.substring(fromStart, fromEnd);
    }

    public String toText(String to) {
        return to.substring(toStart, toEnd);
    }
}
