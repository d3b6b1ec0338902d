package org.parallax.analysis.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The general rules added after the second held-out set (docs/diff.md, "A second held-out set"): litotes,
 * equal figures written differently, approximated universals, a described source, sibling names and
 * derived loaded words. Sentences invented here, none from the sets.
 */
class FramingLitotesAndNamesTest {
    private static FramingComparison compare(String a, String b) {
        return FramingAnalyzer.withSharedEncoder().compare(a, b);
    }

    @Test
    void litotesKeepPolarityAndStrength() {
        assertThat(compare("Flooding on the coast road is not uncommon in winter.",
                "Flooding on the coast road is fairly common in winter.").changes()).isEmpty();
        assertThat(compare("The ferry never fails to leave on time.",
                "The ferry always leaves on time.").changes()).isEmpty();
        assertThat(compare("The new bridge design is not unlike the old one.",
                "The new bridge design is similar to the old one.").changes()).isEmpty();
    }

    @Test
    void aDeniedWordTheOtherSideKeepsIsStillAReversal() {
        assertThat(compare("The new bridge design is not unlike the old one.",
                "The new bridge design is unlike the old one.").labels()).contains(FramingLabel.NEGATION);
        assertThat(compare("Delays on the line are not common in winter.",
                "Delays on the line are common in winter.").labels()).contains(FramingLabel.NEGATION);
    }

    @Test
    void equalFiguresWrittenDifferentlyAreNoDrift() {
        assertThat(compare("No fewer than 450 lorries queued at the border.",
                "At least 450 lorries queued at the border.").changes()).isEmpty();
        assertThat(compare("The central bank cut its main rate by half a percentage point.",
                "The central bank cut its main rate by 0.5 percentage points.").changes()).isEmpty();
        assertThat(compare("Ticket sales rose for the fourth year in a row.",
                "Ticket sales rose for four consecutive years.").changes()).isEmpty();
        assertThat(compare("No more than 450 lorries queued at the border.",
                "At least 450 lorries queued at the border.").labels()).contains(FramingLabel.FIGURE_DRIFT);
    }

    @Test
    void approximatedUniversalsAreOneClass() {
        assertThat(compare("Nearly every bakery in the town now sells sourdough.",
                "Almost all of the town's bakeries now sell sourdough.").changes()).isEmpty();
    }

    @Test
    void aDescriptionOfANamedActorIsTheSameSource() {
        assertThat(compare("Veltrano said its tablet sales doubled in 2022.",
                "Veltrano's tablet sales doubled in 2022, according to the company.").changes()).isEmpty();
    }

    @Test
    void siblingNamesAreAnEntityChangeAndAShortenedNameIsNot() {
        assertThat(compare("Portugal vetoed the fishing quota.", "Hungary vetoed the fishing quota.").labels())
                .contains(FramingLabel.ENTITY);
        assertThat(compare("The Federal Reserve held rates steady.", "The Fed held rates steady.").labels())
                .doesNotContain(FramingLabel.ENTITY);
    }

    @Test
    void aWordFormedFromALoadedWordIsLoaded() {
        assertThat(compare("The council approved the budget.", "The council recklessly approved the budget.")
                .labels()).contains(FramingLabel.EVALUATIVE);
        assertThat(compare("The council approved the budget.", "The council extremely quickly approved the budget.")
                .labels()).doesNotContain(FramingLabel.EVALUATIVE);
    }

    @Test
    void digitsInsideANameAreNoFigure() {
        // "Ai2", "H800": names with digits are one word; dropping one is no figure drift
        assertThat(compare("Labs such as Ai2 still rely on students as core contributors.",
                "Labs still rely on students as core contributors.").labels()).doesNotContain(FramingLabel.FIGURE_DRIFT);
        assertThat(compare("The lab trained its model on H800 chips.",
                "The lab trained its model on chips.").labels()).doesNotContain(FramingLabel.FIGURE_DRIFT);
        assertThat(compare("The lab trained its model on 800 chips.",
                "The lab trained its model on 900 chips.").labels()).contains(FramingLabel.FIGURE_DRIFT);
    }
}
