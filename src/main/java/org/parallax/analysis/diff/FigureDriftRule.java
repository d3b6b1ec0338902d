package org.parallax.analysis.diff;

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
        List<Phrase> fromOnly = notIn(PhraseDifference.only(from, to), region.to().figureKeys());
        List<Phrase> toOnly = notIn(PhraseDifference.only(to, from), region.from().figureKeys());
        if (fromOnly.isEmpty() && toOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(region.change(ChangeLabel.FIGURE_DRIFT, fromOnly, toOnly));
    }

    private static List<Phrase> notIn(List<Phrase> phrases, Set<String> otherTextFigures) {
        if (phrases.isEmpty()) {
            return phrases;
        }
        return phrases.stream().filter(phrase -> !otherTextFigures.contains(phrase.key())).toList();
    }
}
