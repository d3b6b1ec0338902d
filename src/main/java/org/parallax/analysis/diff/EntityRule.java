package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entity change: a name in the region that the other text does not mention anywhere. A name counts as
 * mentioned when each of its words occurs in the other text, allowing a demonym-like ending ("Ruritania" and
 * "Ruritanian", "China" and "Chinese": a shared beginning of at least {@value #MIN_STEM} letters that leaves at
 * most one letter of the shorter word).
 */
final class EntityRule implements ChangeRule {
    static final int MIN_STEM = 4;

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
                if (word.isWord() && !mentioned(word.key(), other.wordKeys())) {
                    result.add(name);
                    break;
                }
            }
        }
        return result;
    }

    private static boolean mentioned(String key, Set<String> otherWords) {
        if (otherWords.contains(key)) {
            return true;
        }
        if (key.length() < MIN_STEM) {
            return false;
        }
        for (String other : otherWords) {
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
