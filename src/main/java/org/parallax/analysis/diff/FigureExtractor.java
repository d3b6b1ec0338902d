package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds figures: a core (digits such as "2,000", "$10", "3.5", or a number word such as "dozens", "half",
 * "few") with the approximators before it ("about", "roughly", "more than", "a"), further cores joined by range
 * words ("three to nine", "tens of millions") and a unit after it ("months", "percent"). "one" is a core only
 * when a scale or unit follows ("one million", "one year"), so "one engineer said" is not a figure.
 */
final class FigureExtractor {
    /** Words that join two cores of one figure: ranges and scales. Grammar, not vocabulary, so not a data file. */
    private static final Set<String> CONNECTORS = Set.of("to", "-", "or", "and", "of");
    private static final int MAX_APPROXIMATOR_WORDS = 3;

    private final Lexicon numbers;
    private final Lexicon approximators;
    private final Lexicon units;

    FigureExtractor(Lexicons lexicons) {
        this.numbers = lexicons.figureNumbers();
        this.approximators = lexicons.figureApproximators();
        this.units = lexicons.figureUnits();
    }

    /** Figures of a text; {@code marks} must cover the figure numbers lexicon. */
    List<Phrase> extract(String text, List<Token> tokens, KeyMarks marks) {
        KeyMarks.Marks numberWords = marks.of(numbers);
        List<Phrase> figures = new ArrayList<>();
        int previousEnd = 0;
        int i = 0;
        while (i < tokens.size()) {
            if (!isCore(tokens, i, numberWords)) {
                i++;
                continue;
            }
            int start = extendLeft(tokens, i, previousEnd);
            int end = i + 1;
            while (end < tokens.size()) {
                if (isCore(tokens, end, numberWords)) {
                    end++;
                } else if (end + 1 < tokens.size() && CONNECTORS.contains(tokens.get(end).key())
                        && isCore(tokens, end + 1, numberWords)) {
                    end += 2;
                } else {
                    int unit = units.matchAt(tokens, end);
                    end += unit;
                    break;
                }
            }
            figures.add(Phrase.of(text, tokens, start, end));
            previousEnd = end;
            i = end;
        }
        return figures;
    }

    private int extendLeft(List<Token> tokens, int core, int limit) {
        int start = core;
        boolean extended = true;
        while (extended) {
            extended = false;
            for (int length = MAX_APPROXIMATOR_WORDS; length >= 1; length--) {
                int candidate = start - length;
                if (candidate >= limit && approximators.matchAt(tokens, candidate) == length) {
                    start = candidate;
                    extended = true;
                    break;
                }
            }
        }
        return start;
    }

    private boolean isCore(List<Token> tokens, int index, KeyMarks.Marks numberWords) {
        Token token = tokens.get(index);
        if (token.kind() == TokenKind.NUMBER) {
            return true;
        }
        if (!token.isWord()) {
            return false;
        }
        if (numberWords.isWord(index)) {
            return true;
        }
        if (token.key().equals("one") && index + 1 < tokens.size()) {
            return numberWords.isWord(index + 1) || units.matchAt(tokens, index + 1) > 0;
        }
        return false;
    }
}
