package org.parallax.data;

import java.util.List;
import org.parallax.model.Certainty;

/**
 * The certainty cues in a quote's own words (docs/dataset.md, "Certainty"): rumour frames, reporting verbs and
 * attributions, hedges and open questions. A framing's certainty follows the strongest cue its quotes carry:
 * rumor, then reported, then hedged; asserted when there is none. The lexicon is general English, not the three
 * articles' phrases: {@link CertaintyCuesTest} checks it on sentences that occur in none of them.
 */
final class CertaintyCues {
    /** One cue found: its kind (the certainty it points to) and the words that carry it. */
    record Cue(Certainty kind, String words) {
        @Override
        public String toString() {
            return kind.id() + " '" + words + "'";
        }
    }

    private static final String[] RUMOR = {
            "\\brumou?r(s|ed)?\\b", "\\ballegedly\\b", "\\bunconfirmed\\b",
            "\\bwhether or not (this|that|it) is (entirely |really )?true\\b"};

    /**
     * Claims relayed from others, named or not: speech and belief verbs, "seen as", a "hypothesis"; what people
     * say they do ("mention using"; not "the earlier mentioned"); an evaluation that is others' ("positive
     * reviews", "in high regard").
     */
    private static final String[] REPORTED = {
            "\\btold (me|us|him|her|them)\\b", "\\bsaid\\b", "\\bheard\\b", "\\bclaim(s|ed)?\\b", "\\baccording to\\b",
            "\\bhypothes(is|es)\\b", "\\bstereotypes?\\b", "\\bassumptions?\\b", "\\bview(ed|ing)( \\w+)? as\\b",
            "\\b(seen|regarded) as\\b", "\\bin high regard\\b", "\\bwidely regarded\\b",
            "\\bbased on (their|his|her|our) experience\\b", "\\bmakes? clear that\\b", "\\bcited\\b",
            "\\breportedly\\b", "\\bspoke of\\b", "\\bexpressed\\b",
            "(?<!(earlier|previously|above|already) )\\bmention(s|ed)?\\b",
            "\\b(received|got|earned|drew|won)( \\w+){0,3} reviews\\b",
            "\\b(many|some|others|critics|observers|people|experts)( \\w+)? (worry|worries|fear|fears|believe|think|say|argue)\\b"};

    /**
     * The article's own claim qualified, or posed as an open question; the author's own belief, hope or worry ("I'm
     * concerned that", decision 0164). "to seem" (a goal) is not a hedge.
     */
    private static final String[] HEDGED = {
            "\\b(may|might|could)\\b", "(?<!\\bto )\\bseem(s|ed)?\\b", "\\bappears?\\b", "\\bfeels?\\b",
            "\\bsuggests?\\b", "\\bmaybe\\b", "\\bpotentially\\b", "\\bpossibly\\b", "\\bperhaps\\b", "\\bprobably\\b", "\\blikely\\b",
            "\\bI (believe|think|hope|feel|suspect|worry|fear)\\b",
            "\\bI('m| am)( \\w+){0,2} (concerned|worried|afraid) that\\b", "\\bbelieved\\b", "\\bimpression\\b", "\\bin some respects\\b",
            "\\bsomewhat\\b", "\\bnot necessarily\\b", "\\bunclear\\b", "\\bunanswered\\b", "\\bwhether\\b", "\\?",
            "\\bstruggle to\\b", "\\balmost certainly\\b", "\\buncertain(ty)?\\b", "\\bquestion\\b"};

    private static final CueLexicon<Certainty> LEXICON = new CueLexicon<Certainty>()
            .kind(Certainty.RUMOR, RUMOR).kind(Certainty.REPORTED, REPORTED).kind(Certainty.HEDGED, HEDGED);

    private CertaintyCues() {
    }

    /** Every cue in {@code text}, rumour cues first, then reporting, then hedges. */
    static List<Cue> in(String text) {
        return LEXICON.in(text, Cue::new);
    }

    /** The certainty the texts' words point to: the strongest cue's kind, or asserted without any. */
    static Certainty derive(List<String> texts) {
        Certainty strongest = Certainty.ASSERTED;
        for (String text : texts) {
            for (Cue cue : in(text)) {
                if (rank(cue.kind()) > rank(strongest)) {
                    strongest = cue.kind();
                }
            }
        }
        return strongest;
    }

    private static int rank(Certainty certainty) {
        return switch (certainty) {
            case ASSERTED -> 0;
            case HEDGED -> 1;
            case REPORTED -> 2;
            case RUMOR -> 3;
        };
    }
}
