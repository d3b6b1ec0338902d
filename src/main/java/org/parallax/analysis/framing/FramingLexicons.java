package org.parallax.analysis.framing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.diff.Lexicons;

/**
 * The word lists of the framing rules (resources under {@code org/parallax/analysis/framing/}, each naming its
 * source in its header; docs/diff.md lists them), plus the general common-word list of the word diff.
 */
record FramingLexicons(Lexicon hedges, Lexicon approximators, Lexicon boosters, Lexicon reporting,
                       Lexicon hearsay, Lexicon negators, Lexicon antonyms, Lexicon quantifiers, Lexicon modals,
                       Lexicon evaluative, Lexicon qualifiers, Lexicon actors, Lexicon figureWords, Lexicon weakNegatives,
                       Lexicon stopwords, Map<String, Integer> aliasGroups, Lexicons wordDiff) {

    private static volatile FramingLexicons bundled;

    static FramingLexicons bundled() {
        FramingLexicons lexicons = bundled;
        if (lexicons == null) {
            synchronized (FramingLexicons.class) {
                lexicons = bundled;
                if (lexicons == null) {
                    lexicons = load();
                    bundled = lexicons;
                }
            }
        }
        return lexicons;
    }

    private static FramingLexicons load() {
        Lexicon aliases = Lexicon.load("aliases");
        Map<String, Integer> groups = new HashMap<>();
        int group = 0;
        // aliases.txt: each line's words are one actor; Lexicon keeps a line as one entry of several keys
        for (Lexicon.Entry entry : entries(aliases)) {
            for (String key : entry.keys()) {
                groups.put(key, group);
            }
            group++;
        }
        return new FramingLexicons(Lexicon.load("hedges"), Lexicon.load("approximators"),
                Lexicon.load("boosters"), Lexicon.load("reporting"), Lexicon.load("hearsay"),
                Lexicon.load("negators"), Lexicon.load("antonyms"), Lexicon.load("quantifiers"),
                Lexicon.load("modals"), Lexicon.load("evaluative"), Lexicon.load("qualifiers"),
                Lexicon.load("actors"), Lexicon.load("figure-words"), Lexicon.load("weak-negatives"), Lexicon.load("stopwords"), Map.copyOf(groups),
                Lexicons.bundled());
    }

    private static List<Lexicon.Entry> entries(Lexicon lexicon) {
        return lexicon.entries();
    }

    /** True for a function word or a very common word (no content of its own). */
    boolean isStopword(String key) {
        return stopwords.contains(key) || wordDiff.stopwords().containsWord(key);
    }

    boolean isCommon(String key) {
        return isStopword(key) || wordDiff.commonWords().containsWord(key);
    }

    /** The alias group of a folded key ("u.s." and "american" share one), or -1. */
    int aliasGroup(String key) {
        return aliasGroups.getOrDefault(key, -1);
    }
}
