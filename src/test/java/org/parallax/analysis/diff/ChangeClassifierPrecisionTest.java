package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision of the entity and attribution labels on constructed pairs (none from the corpus): quotes joined
 * into one framing text, title-case headings, acronyms, first-person and vague sources, rumour turned fact.
 */
class ChangeClassifierPrecisionTest {
    private static final TextComparer COMPARER = new TextComparer(Lexicons.bundled());

    private static List<Change> labelled(ChangeLabel label, Passage from, Passage to) {
        return COMPARER.compare(from, to).changes().stream().filter(change -> change.label() == label).toList();
    }

    private static List<Change> labelled(ChangeLabel label, String from, String to) {
        return labelled(label, Passage.of(from), Passage.of(to));
    }

    // entity: quote starts, common words, acronyms

    @Test
    void aQuoteOpeningWithACapitalIsASentenceStartNotAName() {
        Passage quotes = Passage.joined(List.of("the bakery tends to mill its own flour", "Bakers often start before dawn"));
        Passage other = Passage.of("The cooperative mills flour itself.");
        assertThat(labelled(ChangeLabel.ENTITY, quotes, other)).isEmpty();
        // the same text as one string: "Bakers" follows "flour" mid-sentence and looks like a name
        assertThat(labelled(ChangeLabel.ENTITY, quotes.text(), "The cooperative mills flour itself."))
                .extracting(Change::from).containsExactly("Bakers");
    }

    @Test
    void aNameOpeningAQuoteStillCountsWhenTheTextCapitalisesItMidSentence() {
        Passage quotes = Passage.joined(List.of("the grant went north", "Zyphra hired widely after Zyphra won"));
        assertThat(labelled(ChangeLabel.ENTITY, quotes, Passage.of("the grant went north and hiring grew")))
                .extracting(Change::from).containsExactly("Zyphra");
    }

    @Test
    void titleCaseHeadingsOfCommonWordsAreNoNames() {
        assertThat(labelled(ChangeLabel.ENTITY, "Shipping Speed Matters More Than Budget for the harbour.",
                "Speed matters for the harbour.")).isEmpty();
        assertThat(labelled(ChangeLabel.ENTITY, "the review said Quality Control Wins in the end",
                "the review said it wins in the end")).isEmpty();
    }

    @Test
    void nameShapesStillCountAmongCommonWords() {
        assertThat(labelled(ChangeLabel.ENTITY, "Most teams use open models.",
                "Most teams use Mixtral-8x7B and StarCoder models."))
                .extracting(Change::to).containsExactly("Mixtral-8x7B; StarCoder");
        assertThat(labelled(ChangeLabel.ENTITY, "The fund backed a startup.", "The fund backed Zephyrix."))
                .extracting(Change::to).containsExactly("Zephyrix");
    }

    @Test
    void acronymsOfGenericTermsAreNoNamesButKnownOrganisationsAre() {
        assertThat(labelled(ChangeLabel.ENTITY, "They tuned it with feedback.",
                "They tuned it with RLHF and NLP tricks.")).isEmpty();
        assertThat(labelled(ChangeLabel.ENTITY, "They bought chips abroad.", "They bought chips from TSMC."))
                .extracting(Change::to).containsExactly("TSMC");
        assertThat(labelled(ChangeLabel.ENTITY, "Ports in the U.K. grew.", "Ports nearby grew."))
                .extracting(Change::from).containsExactly("U.K.");
    }

    @Test
    void aPossessiveDoesNotMakeACommonWordAName() {
        assertThat(labelled(ChangeLabel.ENTITY, "the plan failed", "the plan failed, Management's view aside"))
                .isEmpty();
    }

    // attribution: first person, vague sources, "as X put it"

    @Test
    void firstPersonReportingIsAttribution() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "A farmer I spoke with called the harvest poor.",
                "The harvest was poor."))
                .extracting(Change::from).containsExactly("A farmer I spoke with");
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The ferry is late, I was told.", "The ferry is late."))
                .extracting(Change::from).containsExactly("I was told");
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "Shops close early.",
                "Shops close early, say people I talked to."))
                .extracting(Change::to).isNotEmpty();
    }

    @Test
    void vagueSourcesAreAttribution() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The mill will shut.",
                "The mill will shut, a source close to the owners said."))
                .singleElement().satisfies(change -> assertThat(change.to()).startsWith("a source close to the owners"));
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "Insiders say the merger stalled.", "The merger stalled."))
                .extracting(Change::from).containsExactly("Insiders say");
    }

    @Test
    void asSomeonePutItIsAttributionAcrossAGap() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The port is, as one harbour pilot put it, a maze.",
                "The port is a maze."))
                .extracting(Change::from).containsExactly("as one harbour pilot put it");
    }

    @Test
    void mustNotFlagAttributionInPlainSentencesWithTheSameWords() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "Put it on the shelf as planned.",
                "Place it on the shelf as planned.")).isEmpty();
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "In other words, the bridge is safe.",
                "Put simply, the bridge is safe.")).isEmpty();
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The word is rarely used now.",
                "The term is rarely used now.")).isEmpty();
    }

    // rumour to fact: attribution and hedging together

    @Test
    void rumourTurnedFactIsBothAttributionAndHedging() {
        for (String rumour : List.of("It is rumored that the bakery will close.",
                "The bakery will reportedly close.", "Word is, the bakery will close.",
                "Word has it the bakery will close.")) {
            String fact = "The bakery will close.";
            assertThat(labelled(ChangeLabel.ATTRIBUTION, rumour, fact)).as(rumour).hasSize(1);
            assertThat(labelled(ChangeLabel.HEDGING, rumour, fact)).as(rumour).hasSize(1);
            assertThat(labelled(ChangeLabel.ATTRIBUTION, fact, rumour)).as(rumour).hasSize(1);
        }
    }

    @Test
    void aRumourMarkerIsOneCueNotTwo() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The bridge is said to be unsafe.", "The bridge is unsafe."))
                .extracting(Change::from, Change::to).containsExactly(tuple("is said to be", ""));
    }
}
