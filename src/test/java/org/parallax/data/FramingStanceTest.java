package org.parallax.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Stance;

/**
 * The bundled model's stance labels against the evaluative words in their own quotes (docs/dataset.md,
 * "Stance"; decision 0163). A valenced stance needs a quoted evaluation: an {@code advantage} or a
 * {@code constraint} at least one evaluative word in its quotes, a {@code mixed} one of each polarity. A
 * {@code neutral} framing is not checked (it may quote a judgement of something shared by both sides). Where the
 * evaluation is carried by likeness or juxtaposition, which no lexicon sees, the framing's note names the stance
 * and says why. A dataset check, not a validate rule: other models may label differently.
 */
class FramingStanceTest {
    private static Model model;

    @BeforeAll
    static void load() {
        LoadResult result = new ModelLoader().load(Path.of("data", "china-us-ai-labs.json"));
        assertThat(result.problems()).isEmpty();
        model = result.model();
    }

    /** Why the framing's stance is not borne by its quoted words, or null when it is. */
    static String unsupported(Framing framing) {
        Stance stance = framing.stance();
        if (stance == null) {
            return "no stance label";
        }
        List<StanceCues.Cue> cues = framing.quotes().stream().flatMap(q -> StanceCues.in(q.text()).stream()).toList();
        boolean positive = cues.stream().anyMatch(c -> c.polarity() == StanceCues.Polarity.POSITIVE);
        boolean negative = cues.stream().anyMatch(c -> c.polarity() == StanceCues.Polarity.NEGATIVE);
        return switch (stance) {
            case NEUTRAL -> null;
            case ADVANTAGE, CONSTRAINT -> positive || negative ? null : "labelled " + stance.id() + ", but no quote evaluates";
            case MIXED -> positive && negative ? null
                    : "labelled mixed, but the quotes evaluate one way only " + cues;
        };
    }

    @Test
    void everyValencedStanceRestsOnAQuotedEvaluationOrItsNoteSaysWhy() {
        List<String> unsupported = new ArrayList<>();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                String why = unsupported(framing);
                if (why != null && !explains(framing)) {
                    unsupported.add(point.id() + " / " + framing.source() + ": " + why);
                }
            }
        }
        assertThat(unsupported).as("framings whose stance no quoted evaluation bears").isEmpty();
    }

    /** A note that gives the reason: it names the stance the framing keeps. */
    private static boolean explains(Framing framing) {
        return framing.hasNote() && framing.stance() != null
                && framing.note().toLowerCase(Locale.ROOT).contains(framing.stance().id());
    }

    @Test
    void theRuleCatchesAStanceItsQuotesDoNotBear() {
        Framing practiceAsAdvantage = framing(Stance.ADVANTAGE, "Rival firms simply buy their parts abroad.");
        Framing oneSidedMixed = framing(Stance.MIXED, "The port is well placed and its cranes are the best.");
        Framing judgedContrast = framing(Stance.ADVANTAGE, "Their rivals carry a costly overhead.");
        Framing bothWays = framing(Stance.MIXED, "A respected brand, but far from a market leader.");
        Framing described = framing(Stance.NEUTRAL, "Most firms here build their own tools.");

        assertThat(unsupported(practiceAsAdvantage)).contains("no quote evaluates");
        assertThat(unsupported(oneSidedMixed)).contains("one way only");
        assertThat(unsupported(judgedContrast)).isNull();
        assertThat(unsupported(bothWays)).isNull();
        assertThat(unsupported(described)).isNull();
    }

    @Test
    void theLabelsTheSecondBlindSampleDisputedWouldHaveBeenCaught() {
        // Decision 0163: these framings' quotes describe, wish or doubt; their old valenced labels had no evaluation.
        assertThat(unsupported(relabelled("companies-build-own-llms", "blockbeats-translation", Stance.ADVANTAGE)))
                .isNotNull();
        assertThat(unsupported(relabelled("us-open-model-leadership", "blockbeats-translation", Stance.MIXED)))
                .isNotNull();
        assertThat(unsupported(relabelled("government-support", "blockbeats-translation", Stance.MIXED)))
                .isNotNull();
    }

    private static Framing relabelled(String pointId, String source, Stance stance) {
        Framing framing = model.point(pointId).orElseThrow().framingOf(source).orElseThrow();
        return new Framing(source, framing.speaker(), stance, framing.certainty(), framing.frame(), framing.quotes());
    }

    private static Framing framing(Stance stance, String text) {
        return new Framing("s", null, stance, null, null, List.of(new Quote(text, 0, text.length(), null)));
    }
}
