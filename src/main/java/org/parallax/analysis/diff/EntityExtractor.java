package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds names of organisations, people and products without needing to know them: a run of name-like words,
 * where a word is name-like when it is capitalised and does not open a sentence ("labs at Kyutai"), has an
 * inner capital ("DeepSeek", "xAI"), mixes letters and digits ("GPT-4"), opens a sentence but is written
 * capitalised elsewhere in the text mid-sentence, or is a known name (lexicon, any case, any position).
 * Capitalised words that are not names (pronoun "I", months) are excluded by a lexicon; so is a plainly
 * capitalised word that either compared text also writes in lowercase, or that is a common English word
 * (common-words.txt: "Cultural Advantage" in a title-case heading). Words in capitals only ("RL", "LLM", "AI")
 * are acronyms of generic terms unless entities.txt knows them ("IBM", "TSMC"): see decision 0035.
 */
final class EntityExtractor {
    /** Regular endings stripped before looking a word up in the common words ("Matters" -> "matter"). */
    private static final List<String> INFLECTIONS = List.of("s", "es", "ed", "d", "ing");
    private final Lexicon known;
    private final Lexicon notEntities;
    private final Lexicon commonWords;

    EntityExtractor(Lexicons lexicons) {
        this.known = lexicons.knownEntities();
        this.notEntities = lexicons.notEntities();
        this.commonWords = lexicons.commonWords();
    }

    /** Names in {@code tokens}; {@code lowercaseWords} are keys written in lowercase in either compared text. */
    List<Phrase> extract(String text, List<Token> tokens, Set<String> lowercaseWords) {
        Set<String> capitalisedMidSentence = new HashSet<>();
        for (Token token : tokens) {
            if (token.isWord() && !token.sentenceStart() && startsUpper(token.text())) {
                capitalisedMidSentence.add(token.key());
            }
        }
        List<Phrase> entities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size()) {
                int knownLength = known.matchAt(tokens, end);
                if (knownLength > 0) {
                    end += knownLength;
                } else if (isNameLike(tokens.get(end), capitalisedMidSentence, lowercaseWords)) {
                    end++;
                } else {
                    break;
                }
            }
            if (end > i) {
                entities.add(Phrase.of(text, tokens, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return entities;
    }

    private boolean isNameLike(Token token, Set<String> capitalisedMidSentence, Set<String> lowercaseWords) {
        if (!token.isWord() || notEntities.containsWord(token.key())) {
            return false;
        }
        String text = token.text();
        if (hasLetterAndDigit(text) || (hasLower(text) && hasInnerUpper(text))) {
            return true; // "GPT-4", "DeepSeek", "xAI": shapes common words never have
        }
        if (!startsUpper(text) || !hasLower(text)) {
            return false; // lowercase, or an acronym ("RL") that the known names do not list
        }
        String word = withoutPossessive(token.key());
        if (lowercaseWords.contains(token.key()) || lowercaseWords.contains(word) || isCommon(word)) {
            return false;
        }
        return !token.sentenceStart() || capitalisedMidSentence.contains(token.key());
    }

    /** Keys of the words written entirely in lowercase in {@code tokens}. */
    static Set<String> lowercaseWords(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        for (Token token : tokens) {
            if (token.isWord() && token.text().equals(token.text().toLowerCase(java.util.Locale.ROOT))) {
                words.add(token.key());
            }
        }
        return words;
    }

 /** A common word, or a regular inflection of one ("Matters", "Wins", "Mattered", "Shipping"). */
    private boolean isCommon(String word) {
        if (commonWords.containsWord(word)) {
            return true;
        }
        for (String ending : INFLECTIONS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)
                    && commonWords.containsWord(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** "researchers's" -> "researchers": the possessive does not make a common word a name. */
    private static String withoutPossessive(String key) {
        return key.endsWith("'s") && key.length() > 2 ? key.substring(0, key.length() - 2) : key;
    }

    private static boolean hasLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsUpper(String text) {
        return Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean hasInnerUpper(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLetter(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterAndDigit(String text) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }
}
