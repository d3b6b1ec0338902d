package org.parallax.analysis.framing;

import java.util.List;
import java.util.Optional;

/**
 * Two texts compared for framing. All offsets are Java char offsets into {@code fromText} / {@code toText}.
 *
 * @param fromText      A: a framing's quotes joined by one space, or a whole article
 * @param toText        B, likewise
 * @param fromQuotes    where each quote of A is (one span for a plain text); words of two quotes never share
 *                      a diff span
 * @param toQuotes      likewise for B
 * @param alignment     aligned passages in text order (monotone: both sides increase)
 * @param unmatchedFrom sentences of A that no passage of B retells (they carry no label, except as an omission
 *                      attached to an aligned pair)
 * @param unmatchedTo   sentences of B that no passage of A retells
 * @param spans         the word diff over both whole texts, in order: aligned pairs' word spans, unmatched
 *                      sentences as delete / insert
 * @param changes       the framing changes, in the order of their pair
 * @param similarity    0..1: how much of both texts is aligned and equal in wording
 * @param encoderNote   empty when the sentence encoder was used; else why the alignment used words alone
 */
public record FramingComparison(String fromText, String toText, List<Span> fromQuotes, List<Span> toQuotes,
                                List<AlignedPair> alignment, List<Span> unmatchedFrom, List<Span> unmatchedTo,
                                List<WordSpan> spans, List<FramingChange> changes, double similarity,
                                Optional<String> encoderNote) {
    public FramingComparison {
        fromQuotes = List.copyOf(fromQuotes);
        toQuotes = List.copyOf(toQuotes);
        alignment = List.copyOf(alignment);
        unmatchedFrom = List.copyOf(unmatchedFrom);
        unmatchedTo = List.copyOf(unmatchedTo);
        spans = List.copyOf(spans);
        changes = List.copyOf(changes);
    }

    /** The changes of one aligned pair. */
    public List<FramingChange> changesOf(int pairIndex) {
        return changes.stream().filter(change -> change.pairIndex() == pairIndex).toList();
    }

    /** The distinct labels of all changes, in label order. */
    public java.util.Set<FramingLabel> labels() {
        java.util.EnumSet<FramingLabel> labels = java.util.EnumSet.noneOf(FramingLabel.class);
        changes.forEach(change -> labels.add(change.label()));
        return labels;
    }
}
