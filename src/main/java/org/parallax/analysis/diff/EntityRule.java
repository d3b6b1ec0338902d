package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entity change: a name in the region that the other text does not mention anywhere. A name counts as
 * mentioned when each of its words occurs in the other text, allowing a demonym-like ending ("Ruritania" and
 * "Ruritanian", "China" and "Chinese": a shared beginning of at least {@value #MIN_STEM} letters that leaves at
 * most one letter of the shorter word).
 */
final class EntityRule implements ChangeRule {
    static final int MIN_STEM = TextFeatures.STEM;

    @Override
    public Optional<Change> apply(ChangedRegion region) {
        List<Phrase> fromOnly = unmentioned(region.fromPhrases(TextFeatures::entities), region.from(), region.to());
        List<Phrase> toOnly = unmentioned(region.toPhrases(TextFeatures::entities), region.to(), region.from());
        if (fromOnly.isEmpty() && toOnly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(region.change(ChangeLabel.ENTITY, fromOnly, toOnly));
    }

    private static List<Phrase> unmentioned(List<Phrase> names, TextFeatures own, TextFeatures other) {
        List<Phrase> result = new ArrayList<>();
        for (Phrase name : names) {
            for (int i = name.startToken(); i < name.endToken(); i++) {
                Token word = own.tokens().get(i);
                if (word.isWord() && !mentioned(word.key(), other)) {
                    result.add(name);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean mentioned(String key, TextFeatures otherText) {
        if (otherText.wordKeys().contains(key)) {
            return true;
        }
        if (key.length() < MIN_STEM) {
            return false;
        }
        // only words sharing the first MIN_STEM letters can share a long enough beginning
        for (String other : otherText.wordsByStem().getOrDefault(key.substring(0, MIN_STEM), List.of())) {
            int shorter = Math.min(key.length(), other.length());
            int common = commonPrefix(key, other);
            if (common >= MIN_STEM && common >= shorter - 1) {
                return true;
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
