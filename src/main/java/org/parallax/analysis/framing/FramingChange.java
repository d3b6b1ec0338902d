package org.parallax.analysis.framing;

import java.util.Objects;

/**
 * One framing change inside an aligned pair (or attached to one, for an omission): its label, its direction,
 * the words on each side ("" when a side has none) and where they are (char offsets into {@link
 * FramingComparison#fromText()} / {@link FramingComparison#toText()}; an empty span at the insertion point when
 * a side has none), the index of the aligned pair in {@link FramingComparison#alignment()}, and one sentence a
 * reader can check against the texts ("B drops the hedge 'may'"). A and B are the from and to sides.
 */
public record FramingChange(FramingLabel label, Direction direction, String from, String to, Span fromSpan,
                            Span toSpan, int pairIndex, String explanation) {
    public FramingChange {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fromSpan, "fromSpan");
        Objects.requireNonNull(toSpan, "toSpan");
        Objects.requireNonNull(explanation, "explanation");
    }
}
