package org.parallax.ui.diff;

/**
 * Short forms of source titles for dense places (the similarity matrix headers): the part before a subtitle
 * (":" or a dash), cut at a word boundary to at most {@value #MAX} characters with an ellipsis.
 */
final class ShortTitles {
    static final int MAX = 22;

    private ShortTitles() {
    }

    /** "Inside China's AI Labs: What the West Gets Wrong" -> "Inside China's AI Labs". */
    static String of(String title) {
        String main = title.strip();
        for (String separator : new String[] {":", " \u2014 ", " \u2013 ", " - ", " | "}) {
            int at = main.indexOf(separator);
            if (at > 0) {
                main = main.substring(0, at).strip();
            }
        }
        if (main.codePointCount(0, main.length()) <= MAX) {
            return main;
        }
        int limit = main.offsetByCodePoints(0, MAX);
        int space = main.lastIndexOf(' ', limit);
        String cut = space > 0 ? main.substring(0, space) : main.substring(0, limit);
        return cut.replaceAll("[\\s,;.]+$", "") + "\u2026";
    }
}
