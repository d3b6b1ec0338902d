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
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

/**
 * The bundled model's certainty labels against the cues in their own quoted words (docs/dataset.md,
 * "Certainty"): a framing whose label differs from the strongest cue of its quotes must say why in its note,
 * naming the label it keeps. A dataset check, not a validate rule: other models may label differently.
 */
class FramingCertaintyTest {
    private static Model model;

    @BeforeAll
    static void load() {
        LoadResult result = new ModelLoader().load(Path.of("data", "china-us-ai-labs.json"));
        assertThat(result.problems()).isEmpty();
        model = result.model();
    }

    @Test
    void everyCertaintyLabelFollowsItsQuotedWordsOrItsNoteSaysWhy() {
        List<String> contradictions = new ArrayList<>();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                List<String> texts = framing.quotes().stream().map(Quote::text).toList();
                Certainty derived = CertaintyCues.derive(texts);
                if (framing.certainty() != derived && !explains(framing)) {
                    List<CertaintyCues.Cue> cues = texts.stream().flatMap(t -> CertaintyCues.in(t).stream()).toList();
                    contradictions.add(point.id() + " / " + framing.source() + ": labelled "
                            + (framing.certainty() == null ? "nothing" : framing.certainty().id()) + ", its quotes say "
                            + derived.id() + " " + cues);
                }
            }
        }
        assertThat(contradictions).as("framings whose certainty contradicts their own quotes").isEmpty();
    }

    /** A note that gives the reason: it names the label the framing keeps. */
    private static boolean explains(Framing framing) {
        return framing.hasNote() && framing.certainty() != null
                && framing.note().toLowerCase(Locale.ROOT).contains(framing.certainty().id());
    }

    @Test
    void rumoursAndReportsAreNeverLabelledAsserted() {
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                Certainty derived = CertaintyCues.derive(framing.quotes().stream().map(Quote::text).toList());
                if (derived == Certainty.RUMOR || derived == Certainty.REPORTED) {
                    assertThat(framing.certainty()).as("%s / %s", point.id(), framing.source())
                            .isNotEqualTo(Certainty.ASSERTED);
                }
            }
        }
    }

    @Test
    void everyFramingIsChecked() {
        long framings = model.points().stream().mapToLong(p -> p.framings().size()).sum();
        long labelled = model.points().stream().flatMap(p -> p.framings().stream())
                .filter(f -> f.certainty() != null).count();
        assertThat(labelled).isEqualTo(framings).isGreaterThan(100);
    }
}
