package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every label on constructed sentence pairs that do not come from the corpus (other companies, other number
 * words), with pairs that must not be flagged.
 */
class ChangeClassifierTest {
    private static final TextComparer COMPARER = new TextComparer(Lexicons.bundled());

    private static List<Change> changes(String from, String to) {
        return COMPARER.compare(from, to).changes();
    }

    private static List<Change> labelled(ChangeLabel label, String from, String to) {
        return changes(from, to).stream().filter(change -> change.label() == label).toList();
    }

    // figure drift

    @Test
    void figureDriftBetweenApproximateNumbers() {
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "Kyutai trains on about 2,000 chips.",
                "Kyutai trains on roughly 5,000 chips."))
                .extracting(Change::from, Change::to).containsExactly(tuple("about 2,000", "roughly 5,000"));
    }

    @Test
    void figureDriftBetweenNumberWordsAndVagueQuantities() {
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "Dozens of startups joined the consortium.",
                "Roughly half of the startups joined the consortium."))
                .extracting(Change::from, Change::to).containsExactly(tuple("Dozens", "Roughly half"));
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "The company burned over $10 million on one cluster.",
                "The company burned tens of millions on one cluster."))
                .extracting(Change::from, Change::to)
                .containsExactly(tuple("over $10 million", "tens of millions"));
    }

    @Test
    void figureDriftBetweenDurationsAndRanges() {
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "Cohere shipped it in three to nine months.",
                "Cohere shipped it in a few months."))
                .extracting(Change::from, Change::to)
                .containsExactly(tuple("three to nine months", "a few months"));
    }

    @Test
    void noFigureDriftWhenTheFigureIsTheSameOrOnlyTheNounChanges() {
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "The lab hired 200 people last year.",
                "The lab recruited 200 people last year.")).isEmpty();
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "Baidu bought 2,000 GPUs.", "Baidu bought 2000 chips."))
                .isEmpty();
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "One analyst said the deal closed.",
                "The deal closed, a banker noted.")).isEmpty();
    }

    @Test
    void aFigureThatOnlyMovedIsNotDrift() {
        assertThat(labelled(ChangeLabel.FIGURE_DRIFT, "In 2023 the startup raised funds quickly.",
                "The startup raised funds quickly in 2023.")).isEmpty();
    }

    // hedging

    @Test
    void hedgeAddedAndBoosterRemoved() {
        assertThat(labelled(ChangeLabel.HEDGING, "Samsung will dominate memory.", "Samsung may dominate memory."))
                .extracting(Change::from, Change::to).containsExactly(tuple("", "may"));
        assertThat(labelled(ChangeLabel.HEDGING, "The results were clearly remarkable for Mistral.",
                "The results were good for Mistral."))
                .extracting(Change::from, Change::to).containsExactly(tuple("clearly; remarkable", ""));
        assertThat(labelled(ChangeLabel.HEDGING, "It is rumored that the team left.", "The team left."))
                .extracting(Change::from).containsExactly("It is rumored");
    }

    @Test
    void noHedgingWhenBothSidesHedgeAlikeOrNoneDo() {
        assertThat(labelled(ChangeLabel.HEDGING, "Prices may rise in Berlin.", "Prices may climb in Berlin."))
                .isEmpty();
        assertThat(labelled(ChangeLabel.HEDGING, "The firm opened an office.", "The firm opened a lab.")).isEmpty();
    }

    // attribution

    @Test
    void attributionDroppedOrAdded() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "Revenue doubled at Zyphra, one investor said.",
                "Revenue doubled at Zyphra."))
                .extracting(Change::from, Change::to).containsExactly(tuple("one investor said", ""));
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The model leaked.",
                "The model leaked, according to two staffers."))
                .extracting(Change::to).containsExactly("according to two staffers");
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "The chips are scarce.", "I\u2019ve heard the chips are scarce."))
                .extracting(Change::to).containsExactly("I\u2019ve heard");
    }

    @Test
    void noAttributionWhenBothSidesReportOrNeitherDoes() {
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "Sales fell, a manager said.", "Sales fell, an analyst said."))
                .isEmpty();
        assertThat(labelled(ChangeLabel.ATTRIBUTION, "Sales fell sharply.", "Sales dropped sharply.")).isEmpty();
    }

    // entity

    @Test
    void entityPresentOnOneSideOnlyIncludingNamesNoListKnows() {
        assertThat(labelled(ChangeLabel.ENTITY, "The benchmark was led by Kyutai last spring.",
                "The benchmark was led by Aleph Alpha last spring."))
                .extracting(Change::from, Change::to).containsExactly(tuple("Kyutai", "Aleph Alpha"));
        assertThat(labelled(ChangeLabel.ENTITY, "Engineers prefer open weights.",
                "Engineers prefer Anthropic's models."))
                .extracting(Change::to).containsExactly("Anthropic's");
        assertThat(labelled(ChangeLabel.ENTITY, "Baidu trains fast.", "Engineers train fast."))
                .extracting(Change::from).containsExactly("Baidu");
    }

    @Test
    void noEntityForSentenceStartsPronounsDemonymsOrMovedNames() {
        assertThat(labelled(ChangeLabel.ENTITY, "Engineers in Freedonia work late.",
                "Freedonian engineers work late.")).isEmpty();
        assertThat(labelled(ChangeLabel.ENTITY, "Teams work hard.", "Students work hard.")).isEmpty();
        assertThat(labelled(ChangeLabel.ENTITY, "I think AI helps.", "We think AI helps.")).isEmpty();
        assertThat(labelled(ChangeLabel.ENTITY, "Teams at Kyutai shipped it.", "Kyutai teams shipped it."))
                .isEmpty();
    }

    @Test
    void aCapitalisedCommonWordWrittenLowercaseElsewhereIsNoName() {
        assertThat(labelled(ChangeLabel.ENTITY, "Many researchers agree that Teams ship fast.",
                "Many researchers agree that small teams ship fast.")).isEmpty();
        assertThat(labelled(ChangeLabel.ENTITY, "Many researchers agree that Kyutai ships fast.",
                "Many researchers agree that small teams ship fast.")).extracting(Change::from)
                .containsExactly("Kyutai");
    }

    // negation

    @Test
    void negationFlip() {
        assertThat(labelled(ChangeLabel.NEGATION, "Tencent shares its weights.",
                "Tencent does not share its weights."))
                .extracting(Change::from, Change::to).containsExactly(tuple("", "not"));
        assertThat(labelled(ChangeLabel.NEGATION, "The startup never publishes papers.",
                "The startup often publishes papers."))
                .extracting(Change::from).containsExactly("never");
    }

    @Test
    void noNegationWhenBothSidesNegate() {
        assertThat(labelled(ChangeLabel.NEGATION, "They did not publish.", "They didn\u2019t publish.")).isEmpty();
        assertThat(labelled(ChangeLabel.NEGATION, "No lab released it.", "Nobody released it.")).isEmpty();
    }

    // evaluative

    @Test
    void evaluativeWordingAddedOrRemoved() {
        assertThat(labelled(ChangeLabel.EVALUATIVE, "Hiring at the startup was steady.",
                "Hiring at the startup was frantic."))
                .extracting(Change::from, Change::to).containsExactly(tuple("", "frantic"));
        assertThat(labelled(ChangeLabel.EVALUATIVE, "The subsidy has a hidden cost for taxpayers.",
                "The subsidy has a cost for taxpayers."))
                .extracting(Change::from).containsExactly("hidden cost");
    }

    @Test
    void noEvaluativeForNeutralRewording() {
        assertThat(labelled(ChangeLabel.EVALUATIVE, "Hiring was steady.", "Recruiting was steady.")).isEmpty();
    }

    // the whole classifier

    @Test
    void aNeutralRewordingGetsNoLabelAtAll() {
        assertThat(changes("The committee met on a rainy afternoon to discuss budgets.",
                "The committee gathered one rainy afternoon to talk about budgets.")).isEmpty();
    }

    @Test
    void cosmeticDifferencesGetNoLabel() {
        assertThat(changes("\u201CDozens\u201D of labs \u2014 may not", "\"dozens\" of labs - may not")).isEmpty();
    }

    @Test
    void theSmallModelsAcceleratorCountCarriesDriftHedgeAndAttribution() {
        List<Change> changes = changes("Labs in Ruritania train on about 2,000 accelerators, one engineer said.",
                "Ruritanian labs may train on roughly 5,000 accelerators.");
        assertThat(changes).extracting(Change::label, Change::from, Change::to).containsExactlyInAnyOrder(
                tuple(ChangeLabel.FIGURE_DRIFT, "about 2,000", "roughly 5,000"),
                tuple(ChangeLabel.HEDGING, "", "may"),
                tuple(ChangeLabel.ATTRIBUTION, "one engineer said", ""));
    }

    @Test
    void changesPointAtTheirWordsInBothTexts() {
        String from = "Kyutai trains on about 2,000 chips.";
        String to = "Kyutai trains on roughly 5,000 chips.";
        Change drift = labelled(ChangeLabel.FIGURE_DRIFT, from, to).get(0);
        assertThat(drift.fromRanges()).extracting(r -> from.substring(r.start(), r.end()))
                .containsExactly("about 2,000");
        assertThat(drift.toRanges()).extracting(r -> to.substring(r.start(), r.end()))
                .containsExactly("roughly 5,000");
    }
}
