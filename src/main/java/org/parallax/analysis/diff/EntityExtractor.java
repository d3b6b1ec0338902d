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

    /**
     * Names in {@code tokens}; {@code lowercaseWords} are keys written in lowercase in either compared text;
     * {@code marks} must cover the known names.
     */
    List<Phrase> extract(String text, List<Token> tokens, Set<String> lowercaseWords, KeyMarks marks) {
        KeyMarks.Marks knownStarts = marks.of(known);
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
                int knownLength = knownStarts.mayStart(end) ? known.matchAt(tokens, end) : 0;
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
        if (!token.isWord()) {
            return false;
        }
        String text = token.text();
        Shape shape = Shape.of(text);
        // "GPT-4", "DeepSeek", "xAI": shapes common words never have
        boolean nameShape = (shape.letter && shape.digit) || (shape.lower && shape.innerUpper);
        if (!nameShape && (!startsUpper(text) || !shape.lower)) {
            return false; // lowercase, or an acronym ("RL") that the known names do not list
        }
        if (notEntities.containsWord(token.key())) {
            return false;
        }
        if (nameShape) {
            return true;
        }
        String word = withoutPossessive(token.key());
        if (lowercaseWords.contains(token.key()) || lowercaseWords.contains(word) || isCommon(word)) {
            return false;
        }
        return !token.sentenceStart() || capitalisedMidSentence.contains(token.key());
    }

    /** Adds to {@code words} the keys of the words written entirely in lowercase in {@code tokens}. */
    static Set<String> addLowercaseWords(List<Token> tokens, Set<String> words) {
        for (Token token : tokens) {
            if (token.isWord() && isLowercase(token.text())) {
                words.add(token.key());
            }
        }
        return words;
    }

    /** True when lowercasing does not change {@code text}; ASCII text is checked without lowercasing it. */
    private static boolean isLowercase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.equals(text.toLowerCase(java.util.Locale.ROOT));
            }
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
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

    private static boolean startsUpper(String text) {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** The letter classes of a word's chars, found in one pass (ASCII without table lookups). */
    private static final class Shape {
        boolean letter;
        boolean digit;
        boolean lower;
        /** An uppercase char right after a letter ("DeepSeek", "xAI"). */
        boolean innerUpper;

        static Shape of(String text) {
            Shape shape = new Shape();
            boolean previousLetter = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean isLetter;
                boolean isUpper;
                if (c < 128) {
                    boolean isLower = c >= 'a' && c <= 'z';
                    isUpper = c >= 'A' && c <= 'Z';
                    isLetter = isLower || isUpper;
                    shape.lower |= isLower;
                    shape.digit |= c >= '0' && c <= '9';
                } else {
                    isLetter = Character.isLetter(c);
                    isUpper = Character.isUpperCase(c);
                    shape.lower |= Character.isLowerCase(c);
                    shape.digit |= Character.isDigit(c);
                }
                shape.letter |= isLetter;
                shape.innerUpper |= i > 0 && isUpper && previousLetter;
                previousLetter = isLetter;
            }
            return shape;
        }
    }
}
