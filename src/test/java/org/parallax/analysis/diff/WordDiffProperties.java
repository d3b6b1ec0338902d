package org.parallax.analysis.diff;

import static org.parallax.analysis.diff.DiffAssertions.assertCoversAndRebuilds;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The second text is rebuilt exactly from the first and the spans, whatever the texts. */
class WordDiffProperties {
    private static final WordDiffer DIFFER = new WordDiffer(Lexicons.bundled());
    /** A small differ, so that the sentence-first path and the budget fallback are exercised too. */
    private static final WordDiffer BOUNDED = new WordDiffer(Lexicons.bundled(), 12, 3);

    private static final List<String> FRAGMENTS = List.of("The", "the", "labs", "Labs", "may", "not", "2,000",
            "$10", "3.5", "40%", "about", "roughly", "Anthropic", "of", "in-house", "I\u2019ve", "don't",
            "\u201C", "\u201D", "\"", "'", "\u2019", "\u2014", "\u2013", "-", ".", ",", "!", "?", " ", " ", " ",
            "  ", "\n", "\n\n", "\t", "\u00A0", "\uD83D\uDE80", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u00E9",
            "e\u0301", "U.S.", "\u4E2D\u6587", "\uFEFF");

    @Property(tries = 300)
    void arbitraryTextsRebuild(@ForAll("texts") String from, @ForAll("texts") String to) {
        assertCoversAndRebuilds(DIFFER.diff(from, to));
        assertCoversAndRebuilds(BOUNDED.diff(from, to));
    }

    @Property(tries = 300)
    void relatedTextsRebuild(@ForAll("related") List<String> pair) {
        assertCoversAndRebuilds(DIFFER.diff(pair.get(0), pair.get(1)));
        assertCoversAndRebuilds(BOUNDED.diff(pair.get(0), pair.get(1)));
    }

    @Property(tries = 200)
    void anyUnicodeStringsRebuild(@ForAll String from, @ForAll String to) {
        assertCoversAndRebuilds(DIFFER.diff(from, to));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(4));
        return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** A text and a mutation of it: fragments replaced, dropped or added at random places. */
    @Provide
    Arbitrary<List<String>> related() {
        Arbitrary<List<String>> parts = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(60);
        Arbitrary<List<Integer>> edits = Arbitraries.integers().between(0, 200).list().ofMaxSize(8);
        Arbitrary<String> replacement = Arbitraries.of(FRAGMENTS);
        return Combinators.combine(parts, edits, replacement).as((original, positions, fragment) -> {
            java.util.ArrayList<String> mutated = new java.util.ArrayList<>(original);
            for (int position : positions) {
                int at = position % (mutated.size() + 1);
                switch (position % 3) {
                    case 0 -> mutated.add(at, fragment);
                    case 1 -> {
                        if (at < mutated.size()) {
                            mutated.remove(at);
                        }
                    }
                    default -> {
                        if (at < mutated.size()) {
                            mutated.set(at, fragment);
                        }
                    }
                }
            }
            return List.of(String.join(" ", original), String.join(" ", mutated));
        });
    }
}
