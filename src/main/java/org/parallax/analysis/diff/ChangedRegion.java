package org.parallax.analysis.diff;

import java.util.List;
import java.util.function.Function;

/**
 * One changed span seen by the rules: its index, the two texts' features, and the tokens the span touches on
 * each side ({@code [fromFirst, fromEnd)}, {@code [toFirst, toEnd)}; empty on the side an insertion or deletion
 * leaves untouched).
 */
record ChangedRegion(int spanIndex, TextFeatures from, TextFeatures to, int fromFirst, int fromEnd, int toFirst,
                     int toEnd) {

    List<Phrase> fromPhrases(Function<TextFeatures, Phrases> kind) {
        return kind.apply(from).overlapping(fromFirst, fromEnd);
    }

    List<Phrase> toPhrases(Function<TextFeatures, Phrases> kind) {
        return kind.apply(to).overlapping(toFirst, toEnd);
    }

    /** A change of {@code label} triggered by these phrases on each side. */
    Change change(ChangeLabel label, List<Phrase> fromPhrases, List<Phrase> toPhrases) {
        return new Change(label, join(fromPhrases), join(toPhrases), spanIndex, ranges(fromPhrases),
                ranges(toPhrases));
    }

    private static String join(List<Phrase> phrases) {
        return String.join("; ", phrases.stream().map(Phrase::text).distinct().toList());
    }

    private static List<TextRange> ranges(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::range).toList();
    }
}
