package org.parallax.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.Certainty;

/** The cue lexicon on sentences that occur in none of the bundled articles: it must generalise. */
class CertaintyCuesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Shipyards in Gdańsk built forty hulls last year.|ASSERTED",
        "Roughly half of the Nordic start-ups are profitable.|ASSERTED",
        "The regulator was asked to seem tough on banks.|ASSERTED",
        "The ferry operator may cut dozens of routes.|HEDGED",
        "Rainfall in Lima seems to be rising.|HEDGED",
        "It feels like a small-town market.|HEDGED",
        "Whether the Oslo merger survives is still an open matter.|HEDGED",
        "Can the cooperative keep its prices down?|HEDGED",
        "I believe the harbour will reopen.|HEDGED",
        "I'm now more concerned that the ferries will stop.|HEDGED",
        "I worry the orchards are drying out.|HEDGED",
        "Many growers worry that the orchards are drying out.|REPORTED",
        "Dockworkers told me the cranes run day and night.|REPORTED",
        "The mayor said the bridge is safe.|REPORTED",
        "Cocoa farmers are widely regarded as the best organised.|REPORTED",
        "Some economists fear that wages will stall.|REPORTED",
        "There is a popular hypothesis that tourism peaked.|REPORTED",
        "Her diaries make clear that the expedition failed.|REPORTED",
        "Several bakers mention using rye from Latvia.|REPORTED",
        "Few growers mentioned the drought.|REPORTED",
        "The new ferries have received mixed reviews from commuters.|REPORTED",
        "The tram line drew glowing reviews.|REPORTED",
        "As the earlier mentioned survey shows, rents rose.|ASSERTED",
        "Rumours swirl that the brewery will close.|RUMOR",
        "The minister allegedly met the lobbyists, though she may deny it.|RUMOR",
    })
    void derivesTheStrongestCue(String sentence, Certainty expected) {
        assertThat(CertaintyCues.derive(List.of(sentence))).isEqualTo(expected);
    }

    @Test
    void curlyApostrophesAndCaseDoNotHideACue() {
        assertThat(CertaintyCues.in("They SAID it\u2019s done")).extracting(CertaintyCues.Cue::kind)
                .containsExactly(Certainty.REPORTED);
    }

    @Test
    void theStrongestCueOfSeveralQuotesWins() {
        assertThat(CertaintyCues.derive(List.of("Prices might rise.", "A trader said so.")))
                .isEqualTo(Certainty.REPORTED);
        assertThat(CertaintyCues.derive(List.of("Prices rose.", "Exports fell."))).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void partsOfLongerWordsAreNotCues() {
        assertThat(CertaintyCues.in("Mayors reclaimed the unsaid appearance of the Mayflower")).isEmpty();
    }
}
