package org.parallax.io.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords one sentence the way a rewrite of an article does: a figure drifts, a hedge is added, a name is
 * swapped, an attribution is added or dropped, a verb is negated, a judgement changes. Each kind of change
 * is one the diff's classifier has a label for.
 */
final class Rewording {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern ATTRIBUTION = Pattern.compile(", according to [^,.?]+(?=[.?]$)");

    private final Prose prose;

    Rewording(Prose prose) {
        this.prose = prose;
    }

    /** The sentence reworded by one change (tried in random order until one applies; a hedge always does). */
    String reword(String sentence) {
        int first = prose.between(0, 5);
        for (int i = 0; i < 6; i++) {
            String changed = apply((first + i) % 6, sentence);
            if (!changed.equals(sentence)) {
                return changed;
            }
        }
        return hedge(sentence);
    }

    private String apply(int change, String sentence) {
        return switch (change) {
            case 0 -> driftFigure(sentence);
            case 1 -> hedge(sentence);
            case 2 -> swapName(sentence);
            case 3 -> toggleAttribution(sentence);
            case 4 -> negate(sentence);
            default -> swapJudgement(sentence);
        };
    }

    private String driftFigure(String sentence) {
        Matcher number = NUMBER.matcher(sentence);
        if (!number.find()) {
            return sentence;
        }
        String digits = number.group().replace(",", "");
        String drifted;
        if (digits.contains(".")) {
            drifted = String.format(Locale.ROOT, "%.1f", Double.parseDouble(digits) * (1.2 + prose.between(0, 9) / 10.0));
        } else {
            long value = Long.parseLong(digits);
            boolean year = value >= 1900 && value <= 2100 && !number.group().contains(",");
            long changed = year ? value + prose.between(1, 3) : value + Math.max(1, value * prose.between(10, 60) / 100);
            drifted = number.group().contains(",") ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
        }
        return sentence.substring(0, number.start()) + drifted + sentence.substring(number.end());
    }

    private String hedge(String sentence) {
        for (String verb : Lexicon.VERBS_PAST) {
            int at = wordIndex(sentence, verb);
            if (at > 0) {
                return sentence.substring(0, at) + prose.any(Lexicon.HEDGES) + " " + sentence.substring(at);
            }
        }
        String body = sentence.substring(0, sentence.length() - 1);
        return body + ", " + prose.any(Lexicon.HEDGES) + sentence.substring(sentence.length() - 1);
    }

    private String swapName(String sentence) {
        String swapped = swapFrom(sentence, Lexicon.NAMES);
        return swapped.equals(sentence) ? swapFrom(sentence, Lexicon.ORGANIZATIONS) : swapped;
    }

    private String swapFrom(String sentence, List<String> names) {
        for (String name : names) {
            int at = sentence.indexOf(name);
            if (at >= 0) {
                String other;
                do {
                    other = prose.any(names);
                } while (other.equals(name));
                return sentence.substring(0, at) + other + sentence.substring(at + name.length());
            }
        }
        return sentence;
    }

    private String toggleAttribution(String sentence) {
        Matcher attribution = ATTRIBUTION.matcher(sentence);
        if (attribution.find()) {
            return sentence.substring(0, attribution.start()) + sentence.substring(attribution.end());
        }
        String body = sentence.substring(0, sentence.length() - 1);
        return body + ", according to " + prose.any(Lexicon.ORGANIZATIONS) + sentence.substring(sentence.length() - 1);
    }

    private String negate(String sentence) {
        for (String verb : Lexicon.VERBS_PAST) {
            int at = wordIndex(sentence, verb);
            if (at > 0) {
                return sentence.substring(0, at) + "never " + sentence.substring(at);
            }
        }
        return sentence;
    }

    private String swapJudgement(String sentence) {
        return swapFrom(sentence, Lexicon.EVALUATIVE);
    }

    /** Index of {@code word} as a whole word in the sentence, or -1. */
    private static int wordIndex(String sentence, String word) {
        int from = 0;
        while (true) {
            int at = sentence.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetter(sentence.charAt(at - 1));
            boolean endsWord = end == sentence.length() || !Character.isLetter(sentence.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            from = at + 1;
        }
    }
}
