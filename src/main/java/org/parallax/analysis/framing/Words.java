package org.parallax.analysis.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits text into words and numbers with their offsets; punctuation is skipped but remembered as a clause
 * break on the following word ({@link #breakBefore}). Stems come from the Snowball English stemmer that Lucene's
 * analysis module ships.
 */
final class Words {
    /**
     * A name with digits in it ("Ai2", "H100", "Qwen2"; one word, not a figure), a number (with grouping, decimals,
     * a currency sign before or a percent sign after) or a word.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*\\d[\\p{L}\\p{M}\\d]*"
                    + "|[$£€¥]?\\d+(?:[.,]\\d+)*(?:\\s?%)?"
                    + "|(?:\\p{L}\\.){2,}"
                    + "|[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*(?:['’])?|[$£€¥%]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]—–!?.\"“”]|\\s-\\s");

    private Words() {
    }

    /** The words of {@code text[start, end)}, offsets in the whole text. */
    static List<Word> of(String text, int start, int end) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(start, end);
        EnglishStemmer stemmer = new EnglishStemmer();
        while (matcher.find()) {
            String token = matcher.group();
            String key = fold(token);
            boolean number = Character.isDigit(token.codePointAt(0))
                    || token.length() > 1 && "$£€¥".indexOf(token.charAt(0)) >= 0 && Character.isDigit(token.codePointAt(1));
            boolean capitalised = Character.isUpperCase(token.codePointAt(0));
            words.add(new Word(matcher.start(), matcher.end(), token, key, number ? key : stem(stemmer, key),
                    number, capitalised));
        }
        return words;
    }

    /** True when punctuation (or the start of the range) separates word {@code index} from the one before. */
    static boolean breakBefore(String text, List<Word> words, int index) {
        if (index == 0) {
            return true;
        }
        return CLAUSE_BREAK.matcher(text.substring(words.get(index - 1).end(), words.get(index).start())).find();
    }

    static String fold(String token) {
        String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        if (lower.endsWith("'") && lower.length() > 1) {
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.endsWith("'s") && lower.length() > 2) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return lower.replace(" %", "%");
    }

    static String stem(String key) {
        return stem(new EnglishStemmer(), key);
    }

    private static String stem(EnglishStemmer stemmer, String key) {
        stemmer.setCurrent(key);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
