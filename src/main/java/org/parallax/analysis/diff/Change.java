package org.parallax.analysis.diff;

import java.util.List;
import java.util.Objects;

/**
 * One classified change: its label, the words that triggered it on each side ("" when a side has none), the
 * index of the diff span it belongs to, and where those words are in each text (for highlighting).
 */
public record Change(ChangeLabel label, String from, String to, int spanIndex, List<TextRange> fromRanges,
                     List<TextRange> toRanges) {
    public Change {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        fromRanges = List.copyOf(fromRanges);
        toRanges = List.copyOf(toRanges);
    }

    /** "figure-drift: about 2,000 -> roughly 5,000", for logs and the text output. */
    public String describe() {
        return label.id() + ": " + (from.isEmpty() ? "(none)" : from) + " -> " + (to.isEmpty() ? "(none)" : to);
    }
}
