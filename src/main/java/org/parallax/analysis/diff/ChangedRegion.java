package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One changed span seen by the rules: its index, the two texts' features, and the tokens the span touches on
 * each side ({@code [fromFirst, fromEnd)}, {@code [toFirst, toEnd)}; empty on the side an insertion or deletion
 * leaves untouched).
 */
record ChangedRegion(int spanIndex, TextFeatures from, TextFeatures to, int fromFirst, int fromEnd, int toFirst,
                     int toEnd) {

    List<Phrase> fromPhrases(Function<TextFeatures, List<Phrase>> kind) {
        return overlapping(kind.apply(from), fromFirst, fromEnd);
    }

    List<Phrase> toPhrases(Function<TextFeatures, List<Phrase>> kind) {
        return overlapping(kind.apply(to), toFirst, toEnd);
    }

    private static List<Phrase> overlapping(List<Phrase> phrases, int first, int end) {
        List<Phrase> result = new ArrayList<>();
        if (first >= end) {
            return result;
        }
        for (Phrase phrase : phrases) {
            if (phrase.overlaps(first, end)) {
                result.add(phrase);
            }
        }
        return result;
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
