package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the change rules look for in one text, found once per text: lexicon matches, figures, names, word keys. */
record TextFeatures(String text, List<Token> tokens, List<Phrase> hedges, List<Phrase> attributions,
                    List<Phrase> negators, List<Phrase> evaluative, List<Phrase> figures, List<Phrase> entities,
                    Set<String> wordKeys) {

    static TextFeatures of(String text, List<Token> tokens, Lexicons lexicons, FigureExtractor figures,
                           EntityExtractor entities, Set<String> lowercaseWords) {
        List<Phrase> hedges = phrases(text, tokens, lexicons.hedges());
        hedges.addAll(phrases(text, tokens, lexicons.boosters()));
        List<Phrase> negators = phrases(text, tokens, lexicons.negators());
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.get(i).key();
            if (key.endsWith("n't") && !lexicons.negators().containsWord(key)) {
                negators.add(Phrase.of(text, tokens, i, i + 1));
            }
        }
        Set<String> wordKeys = new HashSet<>();
        for (Token token : tokens) {
            if (token.isWord()) {
                wordKeys.add(token.key());
            }
        }
        return new TextFeatures(text, tokens, hedges, phrases(text, tokens, lexicons.attribution()), negators,
                phrases(text, tokens, lexicons.evaluative()), figures.extract(text, tokens),
                entities.extract(text, tokens, lowercaseWords), wordKeys);
    }

    private static List<Phrase> phrases(String text, List<Token> tokens, Lexicon lexicon) {
        List<Phrase> phrases = new ArrayList<>();
        for (int[] match : lexicon.find(tokens)) {
            phrases.add(Phrase.of(text, tokens, match[0], match[1]));
        }
        return phrases;
    }
}
