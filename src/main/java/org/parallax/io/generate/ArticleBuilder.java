package org.parallax.io.generate;

import java.util.HashSet;
import java.util.Set;

/**
 * Builds one article's text sentence by sentence and counts code points as it goes, so a quote's
 * offsets are known the moment its sentences are written. Sentences are unique within the article:
 * together with the sentence rules of {@link Prose}, a quote made of whole sentences then occurs exactly
 * once in its article, so {@code locate} finds it unambiguously.
 */
final class ArticleBuilder {
    /** Retries before giving up on a fresh sentence; collisions are rare, exhaustion means a bug. */
    private static final int MAX_ATTEMPTS = 1_000;

    private final Prose prose;
    private final StringBuilder text = new StringBuilder(16_384);
    private final Set<String> sentences = new HashSet<>();
    private int codePoints;
    private int sentencesInParagraph;
    private int paragraphLength;

    ArticleBuilder(Prose prose) {
        this.prose = prose;
    }

    /** The header lines: a title and a byline (neither ends in a full stop). */
    void header(String title, String byline) {
        append(title);
        append("\n");
        append(byline);
        append("\n\n");
        startParagraph();
    }

    /** Filler: sentences that no quote takes. */
    void filler(int count) {
        for (int i = 0; i < count; i++) {
            breakParagraphIfFull();
            separate();
            append(freshSentence());
            sentencesInParagraph++;
        }
    }

    /** Writes {@code count} sentences (all in one paragraph) and returns them as a quote with its offsets. */
    Excerpt excerpt(int count) {
        breakParagraphIfFull();
        separate();
        int start = codePoints;
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                append(" ");
                quoted.append(' ');
            }
            String sentence = freshSentence();
            append(sentence);
            quoted.append(sentence);
            sentencesInParagraph++;
        }
        return new Excerpt(quoted.toString(), start, codePoints);
    }

    String finish() {
        append("\n");
        return text.toString();
    }

    private String freshSentence() {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String sentence = prose.sentence();
            if (sentences.add(sentence)) {
                return sentence;
            }
        }
        throw new IllegalStateException("no fresh sentence after " + MAX_ATTEMPTS + " attempts");
    }

    private void separate() {
        if (sentencesInParagraph > 0) {
            append(" ");
        }
    }

    private void breakParagraphIfFull() {
        if (sentencesInParagraph >= paragraphLength) {
            append("\n\n");
            startParagraph();
        }
    }

    private void startParagraph() {
        sentencesInParagraph = 0;
        paragraphLength = prose.between(2, 7);
    }

    private void append(String part) {
        text.append(part);
        codePoints += part.codePointCount(0, part.length());
    }

    /** A quote's text and its code-point offsets [start, end) in the article. */
    record Excerpt(String text, int start, int end) {
    }
}
