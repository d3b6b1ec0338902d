package org.parallax.io.generate;

import java.util.Random;

/**
 * Text pairs for the word diff: a text and its rewrite (a share of its sentences reworded, the rest kept),
 * and two unrelated texts, which the diff must handle with its bounded fallback.
 */
public final class TextPairGenerator {
    /** The share of sentences the rewrite changes, as CONTRACTS.md's benchmark input asks. */
    public static final double DEFAULT_REWORDED_SHARE = 0.30;

    /** A text of about {@code words} words and the same text with about {@code share} of its sentences reworded. */
    public TextPair reworded(long seed, int words, double share) {
        Prose prose = new Prose(new Random(seed));
        Rewording rewording = new Rewording(prose);
        StringBuilder from = new StringBuilder(words * 7);
        StringBuilder to = new StringBuilder(words * 7);
        int written = 0;
        int inParagraph = 0;
        int paragraphLength = prose.between(2, 7);
        while (written < words) {
            String sentence = prose.sentence();
            String rewritten = prose.chance(share) ? rewording.reword(sentence) : sentence;
            String separator = inParagraph == 0 ? "" : inParagraph >= paragraphLength ? "\n\n" : " ";
            if (separator.equals("\n\n")) {
                inParagraph = 0;
                paragraphLength = prose.between(2, 7);
            }
            from.append(separator).append(sentence);
            to.append(separator).append(rewritten);
            inParagraph++;
            written += wordCount(sentence);
        }
        return new TextPair(from.append('\n').toString(), to.append('\n').toString());
    }

    /** Two texts of about {@code words} words each that share nothing but the vocabulary. */
    public TextPair unrelated(long seed, int words) {
        Prose prose = new Prose(new Random(seed));
        return new TextPair(text(prose, words), text(prose, words));
    }

    private static String text(Prose prose, int words) {
        StringBuilder text = new StringBuilder(words * 7);
        int written = 0;
        while (written < words) {
            int sentences = prose.between(2, 7);
            if (text.length() > 0) {
                text.append("\n\n");
            }
            for (int i = 0; i < sentences && written < words; i++) {
                String sentence = prose.sentence();
                text.append(i == 0 ? "" : " ").append(sentence);
                written += wordCount(sentence);
            }
        }
        return text.append('\n').toString();
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
