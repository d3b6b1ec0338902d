package org.parallax.analysis.framing;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.analysis.diff.Passage;

/**
 * Splits a passage into sentences with the JDK's sentence {@link BreakIterator}, within each quote and each
 * paragraph (line breaks end a paragraph): a sentence never spans two quotes. A break after a lone initial or
 * a short abbreviation ("U.S.", "Mr.") that the iterator takes for a sentence end is undone when the next word
 * starts in lowercase or the fragment has fewer than three words.
 */
final class SentenceSplitter {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n\\u2029]+");

    List<Sentence> split(Passage passage) {
        String text = passage.text();
        int[] starts = passage.partStarts();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (int part = 0; part < starts.length; part++) {
            int partEnd = part + 1 < starts.length ? starts[part + 1] : text.length();
            Matcher lines = PARAGRAPH.matcher(text).region(starts[part], partEnd);
            while (lines.find()) {
                if (lines.group().isBlank()) {
                    continue;
                }
                splitParagraph(text, lines.start(), lines.end(), part, paragraph++, sentences);
            }
        }
        return sentences;
    }

    private static void splitParagraph(String text, int start, int end, int quote, int paragraph,
                                       List<Sentence> out) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String paragraphText = text.substring(start, end);
        iterator.setText(paragraphText);
        List<int[]> pieces = new ArrayList<>();
        int from = iterator.first();
        for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
            pieces.add(new int[] {start + from, start + to});
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] piece : pieces) {
            if (!merged.isEmpty() && shouldJoin(text, merged.get(merged.size() - 1), piece)) {
                merged.get(merged.size() - 1)[1] = piece[1];
            } else {
                merged.add(piece);
            }
        }
        for (int[] piece : merged) {
            int s = piece[0];
            int e = piece[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            List<Word> words = Words.of(text, s, e);
            if (words.isEmpty()) {
                continue;
            }
            out.add(new Sentence(new Span(s, e), quote, paragraph, words));
        }
    }

    private static boolean shouldJoin(String text, int[] previous, int[] next) {
        String before = text.substring(previous[0], previous[1]).strip();
        String after = text.substring(next[0], next[1]).strip();
        if (after.isEmpty()) {
            return true;
        }
        if (Words.of(before, 0, before.length()).size() < 2) {
            return true;
        }
        int first = after.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        // "U.S." or "Mr." at the end of the previous piece
        return before.matches("(?s).*\\b(?:\\p{L}\\.){2,}") || before.matches("(?s).*\\b(?:Mr|Mrs|Ms|Dr|St|Prof|"
                + "Gen|Sen|Rep|Gov|Lt|Col|Sgt|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\\.");
    }
}
