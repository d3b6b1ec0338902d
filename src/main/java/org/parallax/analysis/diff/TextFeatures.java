package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the change rules look for in one text, found once per text: lexicon matches, figures, names, word keys. */
record TextFeatures(String text, List<Token> tokens, Phrases hedges, Phrases attributions, Phrases negators,
                    Phrases evaluative, Phrases figures, Phrases entities, Set<String> wordKeys,
                    Map<String, List<String>> wordsByStem, Set<String> figureKeys) {
    /** Length of the word beginnings {@link #wordsByStem} groups by (the entity rule's shortest shared stem). */
    static final int STEM = 4;

    /** The lexicons {@link #of} looks up at every token: {@link KeyMarks} of a text for these. */
    static List<Lexicon> markedLexicons(Lexicons lexicons) {
        return List.of(lexicons.hedges(), lexicons.boosters(), lexicons.hearsay(), lexicons.attribution(),
                lexicons.negators(), lexicons.evaluative(), lexicons.knownEntities(), lexicons.figureNumbers());
    }

    /** The features of a text; {@code marks} are its tokens' {@link KeyMarks} for {@link #markedLexicons}. */
    static TextFeatures of(String text, List<Token> tokens, KeyMarks marks, Lexicons lexicons,
                           FigureExtractor figures, EntityExtractor entities, Set<String> lowercaseWords) {
        List<Phrase> hedges = phrases(text, tokens, lexicons.hedges(), marks);
        hedges.addAll(phrases(text, tokens, lexicons.boosters(), marks));
        // rumour markers both hedge and attribute a claim: one list feeds both labels (decision 0036)
        List<Phrase> hearsay = phrases(text, tokens, lexicons.hearsay(), marks);
        hedges.addAll(hearsay);
        List<Phrase> attributions = new ArrayList<>(hearsay);
        for (Phrase cue : phrases(text, tokens, lexicons.attribution(), marks)) {
            if (hearsay.stream().noneMatch(marker -> marker.overlaps(cue.startToken(), cue.endToken()))) {
                attributions.add(cue); // "said" inside "it is said that" is the same cue
            }
        }
        List<Phrase> negators = phrases(text, tokens, lexicons.negators(), marks);
        KeyMarks.Marks negatorWords = marks.of(lexicons.negators());
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.get(i).key();
            if (key.endsWith("n't") && !negatorWords.isWord(i)) {
                negators.add(Phrase.of(text, tokens, i, i + 1));
            }
        }
        Set<String> wordKeys = new HashSet<>();
        for (Token token : tokens) {
            if (token.isWord()) {
                wordKeys.add(token.key());
            }
        }
        List<Phrase> figurePhrases = figures.extract(text, tokens, marks);
        Set<String> figureKeys = new HashSet<>();
        for (Phrase figure : figurePhrases) {
            figureKeys.add(figure.key());
        }
        return new TextFeatures(text, tokens, Phrases.of(hedges), Phrases.of(attributions), Phrases.of(negators),
                Phrases.of(phrases(text, tokens, lexicons.evaluative(), marks)),
                Phrases.of(figurePhrases), Phrases.of(entities.extract(text, tokens, lowercaseWords, marks)),
                wordKeys, byStem(wordKeys), figureKeys);
    }

    private static Map<String, List<String>> byStem(Set<String> words) {
        Map<String, List<String>> byStem = new HashMap<>();
        for (String word : words) {
            if (word.length() >= STEM) {
                byStem.computeIfAbsent(word.substring(0, STEM), stem -> new ArrayList<>()).add(word);
            }
        }
        return byStem;
    }

    private static List<Phrase> phrases(String text, List<Token> tokens, Lexicon lexicon, KeyMarks marks) {
        List<Phrase> phrases = new ArrayList<>();
        for (int[] match : lexicon.find(tokens, marks.of(lexicon))) {
            phrases.add(Phrase.of(text, tokens, match[0], match[1]));
        }
        return phrases;
    }
}
