package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void readsEntriesIgnoringCommentsAndBlankLines() {
        Lexicon lexicon = Lexicon.of("test", List.of("# a comment", "", "may  # trailing comment", "it is rumored"));
        assertThat(lexicon.size()).isEqualTo(2);
        assertThat(lexicon.containsWord("may")).isTrue();
        assertThat(lexicon.containsWord("rumored")).isFalse();
    }

    @Test
    void findsPhrasesCaseInsensitivelyWithTypographicApostrophesLongestFirst() {
        Lexicon lexicon = Lexicon.of("test", List.of("heard", "i've heard", "according to"));
        List<Token> tokens = tokenizer.tokenize("I\u2019ve heard it, According to them, heard.");
        assertThat(lexicon.find(tokens)).extracting(m -> tokens.get(m[0]).text() + "/" + (m[1] - m[0]))
                .containsExactly("I\u2019ve/2", "According/2", "heard/1");
    }

    @Test
    void aStarStandsForOneToThreeWordsButNoPunctuation() {
        Lexicon lexicon = Lexicon.of("test", List.of("as * put it"));
        assertThat(lexicon.find(tokenizer.tokenize("as a pilot put it"))).extracting(m -> m[1] - m[0])
                .containsExactly(5);
        assertThat(lexicon.find(tokenizer.tokenize("as one old harbour pilot put it"))).isEmpty();
        assertThat(lexicon.find(tokenizer.tokenize("as put it"))).isEmpty();
        assertThat(lexicon.find(tokenizer.tokenize("as we, put it"))).isEmpty();
    }

    @Test
    void aPhraseCannotStartWithAStar() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Lexicon.of("bad", List.of("* said")))
                .withMessageContaining("bad");
    }

    @Test
    void everyBundledLexiconLoadsAndIsNotEmpty() {
        Lexicons bundled = Lexicons.bundled();
        assertThat(List.of(bundled.stopwords(), bundled.hedges(), bundled.boosters(), bundled.attribution(),
                bundled.negators(), bundled.evaluative(), bundled.knownEntities(), bundled.notEntities(),
                bundled.figureNumbers(), bundled.figureApproximators(), bundled.figureUnits(), bundled.hearsay(),
                bundled.commonWords()))
                .allSatisfy(lexicon -> assertThat(lexicon.size()).as(lexicon.name()).isGreaterThan(3));
        assertThat(bundled.hedges().containsWord("may")).isTrue();
        assertThat(bundled.figureNumbers().containsWord("dozens")).isTrue();
    }
}
