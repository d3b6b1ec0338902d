package org.parallax.ui.workbench;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.align.Paragraph;

/**
 * The passage an accepted proposal quotes: the sentence of the paragraph holding most of the evidence words (a quote
 * is a clause to a sentence or two, never a paragraph), as code-point offsets into the article.
 */
final class QuotePassage {
    record Passage(int start, int end, String text) {
    }

    private QuotePassage() {
    }

    static Passage best(Paragraph paragraph, List<String> evidence) {
        String text = paragraph.text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int bestFrom = 0;
        int bestTo = text.length();
        int bestHits = -1;
        for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE;
             from = to, to = sentences.next()) {
            String sentence = text.substring(from, to).toLowerCase(Locale.ROOT);
            int hits = 0;
            for (String word : evidence) {
                if (sentence.contains(word.toLowerCase(Locale.ROOT))) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                bestFrom = from;
                bestTo = to;
            }
        }
        while (bestTo > bestFrom && Character.isWhitespace(text.charAt(bestTo - 1))) {
            bestTo--;
        }
        int start = paragraph.start() + text.codePointCount(0, bestFrom);
        int end = start + text.codePointCount(bestFrom, bestTo);
        return new Passage(start, end, text.substring(bestFrom, bestTo));
    }
}
