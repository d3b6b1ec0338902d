package org.parallax.analysis.diff;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A change when a lexicon's words occur on one side of the region and not on the other: hedging (hedges and
 * boosters) and evaluative wording.
 */
final class LexiconDifferenceRule implements ChangeRule {
    private final ChangeLabel label;
    private final Function<TextFeatures, Phrases> kind;

    LexiconDifferenceRule(ChangeLabel label, Function<TextFeatures, Phrases> kind) {
        this.label = label;
        this.kind = kind;
    }

    @Override
    public Optional<Change> apply(ChangedRegion region) {
        List<Phrase> from = region.fromPhrases(kind);
        List<Phrase> to = region.toPhrases(kind);
        List<Phrase> fromOnly = PhraseDifference.only(from, to);
        List<Phrase> toOnly = PhraseDifference.only(to, from);
        if (fromOnly.isEmpty() && toOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(region.change(label, fromOnly, toOnly));
    }
}
