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
 * "Certainty"). A framing's certainty is that of its main claim, so the label must be borne by at least one of
 * its quotes (a quote whose own strongest cue is that label, or a quote without cues for {@code asserted}), and a
 * rumour flag in any quote makes the framing a rumour. A label that contradicts its quoted words must say why in
 * the framing's note, naming the label it keeps. A dataset check, not a validate rule: other models may label
 * differently.
 */
class FramingCertaintyTest {
    private static Model model;

    @BeforeAll
    static void load() {
        LoadResult result = new ModelLoader().load(Path.of("data", "china-us-ai-labs.json"));
        assertThat(result.problems()).isEmpty();
        model = result.model();
    }

    /** Why the framing's label contradicts its quotes, or null when a quote bears it. */
    static String contradiction(Framing framing) {
        List<Certainty> perQuote = framing.quotes().stream().map(q -> CertaintyCues.derive(List.of(q.text()))).toList();
        Certainty label = framing.certainty();
        if (label == null) {
            return "no certainty label";
        }
        if (perQuote.contains(Certainty.RUMOR) && label != Certainty.RUMOR) {
            return "a quote flags a rumour, labelled " + label.id();
        }
        if (!perQuote.contains(label)) {
            return "labelled " + label.id() + ", but no quote bears it (its quotes say " + perQuote.stream()
                    .map(Certainty::id).toList() + ")";
        }
        return null;
    }

    @Test
    void everyCertaintyLabelIsBorneByItsQuotedWordsOrItsNoteSaysWhy() {
        List<String> contradictions = new ArrayList<>();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                String why = contradiction(framing);
                if (why != null && !explains(framing)) {
                    List<CertaintyCues.Cue> cues = framing.quotes().stream()
                            .flatMap(q -> CertaintyCues.in(q.text()).stream()).toList();
                    contradictions.add(point.id() + " / " + framing.source() + ": " + why + " " + cues);
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
    void theRuleCatchesALabelItsQuotesDoNotBear() {
        Framing hedgedAsAsserted = new Framing("s", null, null, Certainty.ASSERTED, null,
                List.of(new Quote("Prices may rise next year.", 0, 26, null)));
        Framing rumourAsReported = new Framing("s", null, null, Certainty.REPORTED, null,
                List.of(new Quote("Officials said so.", 0, 18, null), new Quote("It is rumored to close.", 0, 23, null)));
        Framing mainClaimAsserted = new Framing("s", null, null, Certainty.ASSERTED, null,
                List.of(new Quote("Exports fell by a third.", 0, 24, null), new Quote("some traders fear more", 0, 22, null)));

        assertThat(contradiction(hedgedAsAsserted)).contains("no quote bears it");
        assertThat(contradiction(rumourAsReported)).contains("rumour");
        assertThat(contradiction(mainClaimAsserted)).isNull();
    }

    @Test
    void everyFramingIsLabelled() {
        long framings = model.points().stream().mapToLong(p -> p.framings().size()).sum();
        long labelled = model.points().stream().flatMap(p -> p.framings().stream())
                .filter(f -> f.certainty() != null).count();
        assertThat(labelled).isEqualTo(framings).isGreaterThan(100);
    }
}
