package org.parallax.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextPairGeneratorTest {
    private final TextPairGenerator pairs = new TextPairGenerator();

    @Test
    void rewordedPairHasAboutTenThousandWordsAndAboutThirtyPercentOfSentencesChanged() {
        TextPair pair = pairs.reworded(1, 10_000, 0.30);

        assertThat(TextPairGenerator.wordCount(pair.from())).isBetween(10_000, 10_100);
        assertThat(TextPairGenerator.wordCount(pair.to())).isBetween(10_000, 11_000);
        List<String> from = sentences(pair.from());
        List<String> to = sentences(pair.to());
        assertThat(to).hasSameSizeAs(from);
        long changed = 0;
        for (int i = 0; i < from.size(); i++) {
            changed += from.get(i).equals(to.get(i)) ? 0 : 1;
        }
        assertThat((double) changed / from.size()).isBetween(0.25, 0.35);
    }

    @Test
    void rewordingUsesSeveralKindsOfChange() {
        TextPair pair = pairs.reworded(3, 10_000, 0.30);

        assertThat(pair.to()).contains("according to");
        assertThat(Lexicon.HEDGES.stream().filter(h -> count(pair.to(), h) > count(pair.from(), h))).isNotEmpty();
        assertThat(count(pair.to(), "never ")).isGreaterThan(count(pair.from(), "never "));
        Set<String> fromNumbers = numbers(pair.from());
        assertThat(numbers(pair.to()).stream().filter(n -> !fromNumbers.contains(n))).isNotEmpty();
    }

    @Test
    void unrelatedPairSharesAlmostNoSentences() {
        TextPair pair = pairs.unrelated(1, 10_000);

        assertThat(TextPairGenerator.wordCount(pair.from())).isBetween(10_000, 10_100);
        assertThat(TextPairGenerator.wordCount(pair.to())).isBetween(10_000, 10_100);
        Set<String> shared = new HashSet<>(sentences(pair.from()));
        shared.retainAll(new HashSet<>(sentences(pair.to())));
        assertThat(shared.size()).isLessThan(10);
    }

    @Test
    void theSameSeedGivesTheSamePairs() {
        assertThat(pairs.reworded(5, 2_000, 0.3)).isEqualTo(pairs.reworded(5, 2_000, 0.3));
        assertThat(pairs.unrelated(5, 2_000)).isEqualTo(pairs.unrelated(5, 2_000));
        assertThat(pairs.reworded(6, 2_000, 0.3)).isNotEqualTo(pairs.reworded(5, 2_000, 0.3));
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.?])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,.]*\\d|\\d").matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }
}
