package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attribution: one side of the region carries reported speech or a named source ("one engineer said",
 * "according to officials", "I've heard") and the other side none, so a claim gained or lost its source. The
 * reported words are the cue widened inside the region to its speaker (up to {@value #WIDEN} words before it) and,
 * when the cue ends in a preposition and no speaker came before it ("according to"), to its source (up to
 * {@value #WIDEN} words after it).
 */
final class AttributionRule implements ChangeRule {
    static final int WIDEN = 3;
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "by", "with", "from");

    @Override
    public Optional<Change> apply(ChangedRegion region) {
        List<Phrase> from = region.fromPhrases(TextFeatures::attributions);
        List<Phrase> to = region.toPhrases(TextFeatures::attributions);
        if (from.isEmpty() == to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(region.change(ChangeLabel.ATTRIBUTION,
                widen(from, region.from(), region.fromFirst(), region.fromEnd()),
                widen(to, region.to(), region.toFirst(), region.toEnd())));
    }

    private static List<Phrase> widen(List<Phrase> cues, TextFeatures text, int first, int end) {
        List<Phrase> widened = new ArrayList<>();
        for (Phrase cue : cues) {
            int start = cue.startToken();
            while (start > first && cue.startToken() - start < WIDEN && text.tokens().get(start - 1).isWord()) {
                start--;
            }
            int stop = cue.endToken();
            // "a scientist I spoke with explicitly said": the source came before, what follows is the claim
            boolean sourceFollows = start == cue.startToken()
                    && PREPOSITIONS.contains(text.tokens().get(stop - 1).key());
            while (sourceFollows && stop < end && stop - cue.endToken() < WIDEN && text.tokens().get(stop).isWord()) {
                stop++;
            }
            widened.add(Phrase.of(text.text(), text.tokens(), start, stop));
        }
        return widened;
    }
}
