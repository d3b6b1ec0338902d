package org.parallax.analysis.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Figure drift: the region's figures differ ("about 2,000" vs "roughly 5,000", "three to nine months" vs
 * "a few months"). A figure that only moved (the same figure appears elsewhere in the other text) is not drift.
 */
final class FigureDriftRule implements ChangeRule {
    @Override
    public Optional<Change> apply(ChangedRegion region) {
        List<Phrase> from = region.fromPhrases(TextFeatures::figures);
        List<Phrase> to = region.toPhrases(TextFeatures::figures);
        List<Phrase> fromOnly = notIn(PhraseDifference.only(from, to), region.to().figures());
        List<Phrase> toOnly = notIn(PhraseDifference.only(to, from), region.from().figures());
        if (fromOnly.isEmpty() && toOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(region.change(ChangeLabel.FIGURE_DRIFT, fromOnly, toOnly));
    }

    private static List<Phrase> notIn(List<Phrase> phrases, List<Phrase> otherText) {
        Set<String> elsewhere = new HashSet<>();
        for (Phrase phrase : otherText) {
            elsewhere.add(phrase.key());
        }
        return phrases.stream().filter(phrase -> !elsewhere.contains(phrase.key())).toList();
    }
}
