package org.parallax.analysis.diff;

import java.util.List;
import java.util.Optional;

/**
 * Negation: the two sides of the region differ in the parity of their negators, so the polarity flipped
 * ("labs do share" vs "labs do not share"). "did not" vs "didn't" or "never" both negate: no flip.
 */
final class NegationRule implements ChangeRule {
    @Override
    public Optional<Change> apply(ChangedRegion region) {
        List<Phrase> from = region.fromPhrases(TextFeatures::negators);
        List<Phrase> to = region.toPhrases(TextFeatures::negators);
        if (from.size() % 2 == to.size() % 2) {
            return Optional.empty();
        }
        return Optional.of(region.change(ChangeLabel.NEGATION, from, to));
    }
}
