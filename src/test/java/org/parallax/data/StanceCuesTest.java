package org.parallax.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The evaluative lexicon on sentences that occur in none of the bundled articles: it must generalise. */
class StanceCuesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The harbour is well placed for the Baltic trade.|POSITIVE",
        "Its cooperatives have a clear advantage in cocoa.|POSITIVE",
        "Visitors were impressed by the new library.|POSITIVE",
        "Local wineries now compete with French estates.|POSITIVE",
        "Tram ridership surged after the fares fell.|POSITIVE",
        "Exports are limited by the lack of rail links.|NEGATIVE",
        "The fishing fleet lags far behind its rivals.|NEGATIVE",
        "The reform was dismissed as posturing.|NEGATIVE",
        "Old habits hinder the town's planners.|NEGATIVE",
        "Critics were skeptical of the merger.|NEGATIVE",
        "The app is just a chatbot bolted onto an old website.|NEGATIVE",
    })
    void findsTheEvaluativeWord(String sentence, StanceCues.Polarity expected) {
        assertThat(StanceCues.in(sentence)).extracting(StanceCues.Cue::polarity).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Most bakeries in Porto buy their flour from one mill.",
        "In contrast, their rivals typically lease their trucks.",
        "The council meets on Tuesdays because the hall is free then.",
        "I hope the ferry keeps running next winter.",
        "The scale of the subsidy is unclear.",
        "The festival feels a lot like the one in Ghent.",
        "They build their own boats not for show but out of a deeper, older desire to stay independent.",
        "Its rise is still described as copying, but the town is built on a different logic.",
    })
    void describingExplainingWishingAndDoubtingAreNotEvaluations(String sentence) {
        assertThat(StanceCues.in(sentence)).isEmpty();
    }

    @Test
    void curlyApostrophesAndCaseDoNotHideAWordAndPartsOfWordsAreNotOne() {
        assertThat(StanceCues.in("It\u2019s a HARSH winter")).extracting(StanceCues.Cue::words)
                .containsExactly("harsh");
        assertThat(StanceCues.in("The gapless, wellness and costume shops")).isEmpty();
    }
}
