package org.parallax.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * "Stance"; decisions 0163 and 0165). A valenced stance is expected to rest on a quoted evaluation: an
 * {@code advantage} or a {@code constraint} at least one evaluative word in its quotes, a {@code mixed} one of each
 * polarity. Where the evaluation is carried by something no lexicon sees (a likeness, a juxtaposition, a motive
 * set against a vain one, a practice belittled), the framing's note names the stance and says why. The converse (decision 0164): a {@code neutral} framing whose quotes about the point's main side
 * carry an evaluative word says in its note why that word is no judgement of the side (a rejected motive, a view
 * of the side judged, uncertainty); a judgement of something both sides share is quoted without a side and not
 * checked. A dataset check, not a validate rule: other models may label differently.
 */
class FramingStanceTest {
    /** The points mainly about the US (docs/dataset.md, "Stance"); every other point is mainly about China. */
    private static final Set<String> US_POINTS = Set.of("us-internships", "us-lab-politics", "star-scientists",
            "us-open-model-leadership", "us-executive-orders");

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

    /** Why a neutral framing's quotes about the main side look like a judgement of it, or null when they do not. */
    static String evaluatesTheMainSide(String pointId, Framing framing) {
        if (framing.stance() != Stance.NEUTRAL) {
            return null;
        }
        String mainSide = US_POINTS.contains(pointId) ? "us" : "china";
        List<StanceCues.Cue> cues = framing.quotes().stream().filter(q -> mainSide.equals(q.side()))
                .flatMap(q -> StanceCues.in(q.text()).stream()).toList();
        return cues.isEmpty() ? null : "labelled neutral, but its quotes about " + mainSide + " evaluate " + cues;
    }

    @Test
    void everyNeutralFramingWhoseQuotesEvaluateTheMainSideSaysWhyInItsNote() {
        List<String> unexplained = new ArrayList<>();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                String why = evaluatesTheMainSide(point.id(), framing);
                if (why != null && !explains(framing)) {
                    unexplained.add(point.id() + " / " + framing.source() + ": " + why);
                }
            }
        }
        assertThat(unexplained).as("neutral framings that quote an evaluation of their main side unexplained").isEmpty();
    }

    @Test
    void theNeutralRuleCatchesAQuotedStrengthAndLeavesSharedOrDescribedThingsAlone() {
        Framing strength = framing(Stance.NEUTRAL, "The port excels at fast repairs.", "china");
        Framing shared = framing(Stance.NEUTRAL, "Both ports thrive on the new canal.", null);
        Framing described = framing(Stance.NEUTRAL, "The port repairs ships for both fleets.", "china");
        Framing valenced = framing(Stance.ADVANTAGE, "The port excels at fast repairs.", "china");

        assertThat(evaluatesTheMainSide("harbours", strength)).contains("excels");
        assertThat(evaluatesTheMainSide("harbours", shared)).isNull();
        assertThat(evaluatesTheMainSide("harbours", described)).isNull();
        assertThat(evaluatesTheMainSide("harbours", valenced)).isNull();
        assertThat(evaluatesTheMainSide("us-internships", strength)).isNull();
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
    void aStanceTheQuotedWordsDoNotBearPassesOnlyByItsNote() {
        // Decision 0165: readers agree on stances no lexicon word bears ("only purchase services" belittles a
        // practice; a motive called deeper than a vain one). The check still finds them, and the note must say why.
        Framing belittled = model.point("companies-build-own-llms").orElseThrow()
                .framingOf("blockbeats-translation").orElseThrow();
        assertThat(unsupported(belittled)).contains("no quote evaluates");
        assertThat(explains(belittled)).isTrue();
        assertThat(explains(relabelled("companies-build-own-llms", "blockbeats-translation", Stance.ADVANTAGE)))
                .isFalse();
    }

    @Test
    void aNeutralFramingThatQuotesAStrengthPassesOnlyByItsNote() {
        // "excels at rapidly catching up" beside two paths the editor declines to rank.
        Framing twoPaths = model.point("two-development-paths").orElseThrow()
                .framingOf("blockbeats-translation").orElseThrow();
        assertThat(twoPaths.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(evaluatesTheMainSide("two-development-paths", twoPaths)).contains("excels");
        assertThat(explains(twoPaths)).isTrue();
        assertThat(explains(relabelled("two-development-paths", "blockbeats-translation", Stance.NEUTRAL))).isFalse();
    }

    private static Framing relabelled(String pointId, String source, Stance stance) {
        Framing framing = model.point(pointId).orElseThrow().framingOf(source).orElseThrow();
        return new Framing(source, framing.speaker(), stance, framing.certainty(), framing.frame(), framing.quotes());
    }

    private static Framing framing(Stance stance, String text) {
        return framing(stance, text, null);
    }

    private static Framing framing(Stance stance, String text, String side) {
        return new Framing("s", null, stance, null, null, List.of(new Quote(text, 0, text.length(), side)));
    }
}
