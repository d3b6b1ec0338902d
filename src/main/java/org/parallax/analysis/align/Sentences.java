package org.parallax.analysis.align;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What of a paragraph is embedded: each of its sentences (a paragraph makes several points, and one vector for all
 * of it blurs them), or the paragraph itself when it is one sentence.
 */
final class Sentences {
    private Sentences() {
    }

    static List<String> of(String paragraph) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(paragraph);
        List<String> found = new ArrayList<>();
        for (int from = breaks.first(), to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            String sentence = paragraph.substring(from, to).strip();
            if (!sentence.isEmpty()) {
                found.add(sentence);
            }
        }
        return found.isEmpty() ? List.of(paragraph) : found;
    }
}
