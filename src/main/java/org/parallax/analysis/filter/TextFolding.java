package org.parallax.analysis.filter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: accents removed, lowercase, typographic quotes and dashes made plain. */
public final class TextFolding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder folded = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> folded.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> folded.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> folded.append('-');
                default -> folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
