package org.parallax.analysis.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.diff.Passage;

class FramingAnalyzerTest {
    private static final FramingAnalyzer WORDS = FramingAnalyzer.wordsOnly();

    private static FramingAnalyzer encoder() {
        return FramingAnalyzer.withSharedEncoder();
    }

    @Test
    void aFaithfulParaphraseWithOtherNamesGetsNoLabel() {
        FramingComparison c = encoder().compare(
                "Roughly half of Zarvonia's dockworkers walked out on Thursday, union leaders said.",
                "About 50% of dockworkers in Zarvonia went on strike on Thursday, according to union leaders.");
        assertThat(c.alignment()).hasSize(1);
        assertThat(c.changes()).isEmpty();
        assertThat(c.encoderNote()).isEmpty();
    }

    @Test
    void eachChangeCarriesItsWordsOffsetsAndAnExplanation() {
        String a = "The Velmont tribunal may overturn the verdict, its registrar said.";
        String b = "The Velmont tribunal will overturn the verdict.";
        FramingComparison c = encoder().compare(a, b);
        assertThat(c.labels()).contains(FramingLabel.HEDGING, FramingLabel.MODALITY, FramingLabel.ATTRIBUTION);
        for (FramingChange change : c.changes()) {
            assertThat(change.fromSpan().of(a)).isEqualTo(change.from());
            assertThat(change.toSpan().of(b)).isEqualTo(change.to());
            assertThat(change.explanation()).startsWith("B ");
        }
        FramingChange hedge = c.changes().stream().filter(ch -> ch.label() == FramingLabel.HEDGING).findFirst()
                .orElseThrow();
        assertThat(hedge.direction()).isEqualTo(Direction.DROPPED);
        assertThat(hedge.explanation()).isEqualTo("B drops the hedge 'may'");
    }

    @Test
    void quotesKeepTheirBoundariesAndSpansCoverBothTexts() {
        Passage a = Passage.joined(List.of("Most members are still students", "students are treated as peers."));
        Passage b = Passage.joined(List.of("Many members are students.", "They are treated as peers."));
        FramingComparison c = encoder().compare(a, b);
        assertThat(c.fromQuotes()).hasSize(2);
        for (AlignedPair pair : c.alignment()) {
            // no aligned passage starts inside one quote and ends inside the next without a sentence boundary
            assertThat(pair.from().of(c.fromText())).doesNotContain("students students");
        }
        assertCovers(c);
        assertThat(c.labels()).contains(FramingLabel.QUANTIFIER);
    }

    @Test
    void withoutAnEncoderTheWordsAloneStillAlignAndLabel() {
        FramingComparison c = WORDS.compare("The council will cut the library budget by 12%.",
                "The council cut the library budget by 15%.");
        assertThat(c.encoderNote()).hasValue("words only");
        assertThat(c.alignment()).hasSize(1);
        assertThat(c.labels()).containsExactlyInAnyOrder(FramingLabel.FIGURE_DRIFT, FramingLabel.MODALITY);
    }

    @Test
    void aPassageAboutSomethingElseIsUnmatchedAndUnlabelled() {
        FramingComparison c = encoder().compare("The Ostrava court fined the haulier 40,000 crowns.",
                "The Ostrava court fined the haulier 40,000 crowns. Separately, heavy snow closed the motorway.");
        assertThat(c.alignment()).hasSize(1);
        assertThat(c.unmatchedTo()).hasSize(1);
        assertThat(c.changes()).isEmpty();
    }

    @Test
    void equalFiguresInOtherWordsAreNotDrift() {
        assertThat(encoder().compare("Half the budget went on salaries.", "50% of the budget went on salaries.")
                .labels()).doesNotContain(FramingLabel.FIGURE_DRIFT);
        assertThat(encoder().compare("Output grew 4.5% in the quarter.", "Output grew 4.5 per cent in the quarter.")
                .labels()).isEmpty();
        assertThat(encoder().compare("The dam took three years to build.", "The dam took 36 months to build.")
                .labels()).isEmpty();
    }

    @Test
    void synonymsForTheSameActorAreNoEntityChange() {
        assertThat(encoder().compare("U.S. regulators opened an inquiry.", "American regulators opened an inquiry.")
                .labels()).isEmpty();
        assertThat(encoder().compare("A scarcity of welders slowed the shipyard.",
                "A lack of welders slowed the shipyard.").labels()).isEmpty();
    }

    @Property(tries = 60)
    void anyTextsCompareWithoutFailingAndSpansCoverThem(
            @ForAll @StringLength(max = 120) @Chars({'a', 'B', ' ', '.', ',', '\u201c', '\u201d', '\u2014', '7', '%',
                '\u2019', '\n'}) String a,
            @ForAll @StringLength(max = 120) @Chars({'b', 'A', ' ', '.', '!', '\u2013', '\u00e9', '3', '$'}) String b) {
        FramingComparison c = WORDS.compare(a + "\uD83D\uDE80", "\uD83D\uDE80" + b);
        assertCovers(c);
        for (FramingChange change : c.changes()) {
            assertThat(change.fromSpan().end()).isLessThanOrEqualTo(c.fromText().length());
            assertThat(change.toSpan().end()).isLessThanOrEqualTo(c.toText().length());
        }
    }

    /** The spans cover both texts completely and in order. */
    private static void assertCovers(FramingComparison c) {
        int from = 0;
        int to = 0;
        for (WordSpan span : c.spans()) {
            assertThat(span.from().start()).isEqualTo(from);
            assertThat(span.to().start()).isEqualTo(to);
            from = span.from().end();
            to = span.to().end();
        }
        assertThat(from).isEqualTo(c.fromText().length());
        assertThat(to).isEqualTo(c.toText().length());
    }
}
