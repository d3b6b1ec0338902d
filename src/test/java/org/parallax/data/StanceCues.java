package org.parallax.data;

import java.util.List;

/**
 * The evaluative words in a quote (docs/dataset.md, "Stance"; decision 0163): words that value something as good
 * or bad, not words that only describe, explain or compare. A valenced stance needs at least one of them in its
 * framing's quotes. The polarity is the word's own, not the side's: "harsh" about the other side's debates
 * serves an advantage. The lexicon is general English, not the three articles' phrases: {@link StanceCuesTest}
 * checks it on sentences that occur in none of them.
 */
final class StanceCues {
    /** Which way a word values what it is said of. */
    enum Polarity { POSITIVE, NEGATIVE }

    /** One evaluative word found. */
    record Cue(Polarity polarity, String words) {
        @Override
        public String toString() {
            return (polarity == Polarity.POSITIVE ? "+'" : "-'") + words + "'";
        }
    }

    private static final String[] POSITIVE = {
            "\\badvantage(s|ous)?\\b", "\\bstrengths?\\b", "\\bstrong(er|est)?\\b", "\\bbetter\\b", "\\bbest\\b",
            "\\bwell[- ](positioned|suited|placed|organi[sz]ed)\\b", "\\bsuited\\b", "\\boptimi[sz]ed\\b",
            "\\bimpress(es|ed|ive)?\\b", "\\brefreshing(ly)?\\b", "\\bpositiv(e|ely|ity)\\b", "\\brespect(s|ed)?\\b",
            "\\bin high regard\\b", "\\badmir(e|ed|able)\\b", "\\bviable\\b", "\\babundant\\b", "\\bagil(e|ity)\\b",
            "\\badept\\b", "\\bskilled\\b", "\\bexcel(s|led|lent)?\\b", "\\bapproachable\\b", "\\bhumble\\b",
            "\\bwarmth\\b", "\\bfaster\\b", "\\bquickly\\b", "\\bremarkabl[ey]\\b", "\\bwilling(ness)?\\b",
            "\\bfresh\\b", "\\bthriv(e|es|ing)\\b", "\\bgain(s|ed)?\\b", "\\benhance[sd]?\\b", "\\bsurg(e|es|ed|ing)\\b",
            "\\bgrow(s|th)?\\b", "\\bambitio(n|us)\\b", "\\bpragmatic\\b", "\\bpractical\\b", "\\bfocused\\b",
            "\\beasier\\b", "\\bdominate\\b", "\\bhard-to-ignore\\b", "\\bwidely (used|adopted)\\b",
            "\\b(near|at|on) the (frontier|cutting edge)\\b", "\\bcompete (at|with)\\b", "\\bhigh tolerance\\b"};

    private static final String[] NEGATIVE = {
            "\\bconstrain(t|ts|ed)?\\b", "\\blimit(s|ed)?\\b", "\\black(s|ing)?\\b", "\\bscarcity\\b",
            "\\bshortages?\\b", "\\bpoor(ly)?\\b", "\\blags?\\b", "\\b(less|under|far less) (developed|mature)\\b",
            "\\bimmature\\b", "\\bhinder(s|ed)?\\b", "\\bconflicts?\\b", "\\bcollaps(e|ed|es)\\b", "\\btensions?\\b",
            "\\bobsess(ed|ion)\\b", "\\bcosts?\\b", "\\bdamag(e|es|ed|ing)\\b", "\\bworr(y|ies|ied)\\b",
            "\\bskeptic(ism|al)\\b", "\\bdifficult\\b", "\\boverhead\\b", "\\bbuckle\\b", "\\bsiloed\\b",
            "\\bisolated\\b", "\\bcomplicate[sd]?\\b", "\\bposturing\\b", "\\bfar from\\b", "\\bunwilling\\b",
            "\\baverse\\b", "\\bnot encourage\\b", "\\bdiscourag(e|es|ed)\\b", "\\bgaps?\\b", "\\bpacify\\b",
            "\\bbaggage\\b", "\\btethered\\b", "\\bmerely\\b", "\\bwrong\\b", "\\bmiss(es|ed)? the point\\b",
            "\\bharsh\\b", "\\bbolt(ed|ing)? (\\w+ ){0,4}on(to)?\\b", "\\bideological\\b", "\\bpressures?\\b", "\\bdisruption\\b",
            "\\bunglamorous\\b", "\\bunderestimat(e|es|ed)\\b", "\\bwarring\\b", "\\bfractures?\\b"};

    private static final CueLexicon<Polarity> LEXICON = new CueLexicon<Polarity>()
            .kind(Polarity.POSITIVE, POSITIVE).kind(Polarity.NEGATIVE, NEGATIVE);

    private StanceCues() {
    }

    /** Every evaluative word in {@code text}, positive ones first. */
    static List<Cue> in(String text) {
        return LEXICON.in(text, Cue::new);
    }
}
