package org.parallax.io.generate;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded English-like prose: sentences of a few clause shapes over {@link Lexicon}, with numbers, names,
 * quoted speech, asides between dashes, curly apostrophes and the occasional emoji. Not meant to make
 * sense; meant to have the word lengths, punctuation and non-ASCII characters of real articles.
 *
 * <p>Every sentence starts with a capitalised common word and ends in a full stop or question mark, and
 * no other word of it is a capitalised common word; {@link ModelGenerator} relies on that to keep quotes
 * locatable.
 */
final class Prose {
    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    /** An element of the list, skewed towards the front (the common words) like word frequencies are. */
    <T> T pick(List<T> items) {
        double u = random.nextDouble();
        return items.get((int) (u * u * items.size()));
    }

    /** An element of the list, uniformly. */
    <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    /** One sentence, 8 to 40 words, capitalised, ending in a full stop (rarely a question mark). */
    String sentence() {
        StringBuilder s = new StringBuilder(160);
        boolean opener = chance(0.12);
        if (opener) {
            s.append(any(Lexicon.OPENERS)).append(' ');
        }
        if (chance(0.07)) {
            quotedSpeech(s);
        } else {
            clause(s);
            if (chance(0.35)) {
                s.append(pick(Lexicon.CONJUNCTIONS)).append(' ');
                clause(s);
            }
            if (chance(0.12)) {
                s.append(", ").append(chance(0.5) ? "according to " + any(Lexicon.ORGANIZATIONS)
                        : any(Lexicon.NAMES) + " " + pick(Lexicon.QUOTE_VERBS));
            }
        }
        if (chance(0.012)) {
            s.append(' ').append(any(Lexicon.EMOJI));
        }
        s.append(chance(0.03) ? '?' : '.');
        return opener ? s.toString() : capitalizeFirst(s.toString());
    }

    /** A clause in lowercase: subject, verb, object, and sometimes a number, an aside or a place. */
    void clause(StringBuilder s) {
        nounPhrase(s);
        if (chance(0.05)) {
            s.append(" \u2014 as ").append(any(Lexicon.NAMES)).append(' ').append(pick(Lexicon.QUOTE_VERBS))
                    .append(" \u2014");
        }
        if (chance(0.25)) {
            s.append(' ').append(pick(Lexicon.ADVERBS));
        }
        s.append(' ').append(pick(Lexicon.VERBS_PAST)).append(' ');
        nounPhrase(s);
        if (chance(0.3)) {
            s.append(' ').append(pick(Lexicon.PREPOSITIONS)).append(' ');
            nounPhrase(s);
        }
        if (chance(0.22)) {
            s.append(' ').append(figure());
        }
    }

    private void quotedSpeech(StringBuilder s) {
        StringBuilder inner = new StringBuilder();
        clause(inner);
        if (chance(0.5)) {
            s.append('\u201C').append(capitalizeFirst(inner.toString())).append(",\u201D ").append(any(Lexicon.NAMES)).append(' ')
                    .append(pick(Lexicon.QUOTE_VERBS)).append(", ");
            clause(s);
        } else {
            nounPhrase(s);
            s.append(' ').append(pick(Lexicon.QUOTE_VERBS)).append(" that \u201C").append(inner).append('\u201D');
        }
    }

    private void nounPhrase(StringBuilder s) {
        double kind = random.nextDouble();
        if (kind < 0.08) {
            s.append(chance(0.5) ? any(Lexicon.NAMES) : any(Lexicon.ORGANIZATIONS));
            if (chance(0.3)) {
                s.append("\u2019s ").append(pick(Lexicon.NOUNS));
            }
            return;
        }
        boolean plural = kind < 0.45;
        s.append(pick(plural ? Lexicon.PLURAL_DETERMINERS : Lexicon.DETERMINERS)).append(' ');
        if (chance(0.4)) {
            s.append(pick(Lexicon.ADJECTIVES)).append(' ');
            if (chance(0.15)) {
                s.append("and ").append(pick(Lexicon.ADJECTIVES)).append(' ');
            }
        }
        s.append(pick(plural ? Lexicon.PLURALS : Lexicon.NOUNS));
        if (chance(0.06)) {
            s.append(plural ? "\u2019 " : "\u2019s ").append(pick(Lexicon.NOUNS));
        }
    }

    /** A figure as articles write them: a share, a count, an amount or a year. */
    String figure() {
        return switch (random.nextInt(6)) {
            case 0 -> "by " + between(2, 95) + " percent";
            case 1 -> "with " + count() + " " + pick(Lexicon.PLURALS);
            case 2 -> "for $" + between(1, 99) + "." + between(1, 9) + " billion";
            case 3 -> "in " + between(2005, 2026);
            case 4 -> "to " + between(2, 40) + "\u2013" + between(41, 90) + " percent";
            default -> "about " + count() + " times";
        };
    }

    private String count() {
        int n = random.nextInt(3) == 0 ? between(1000, 250_000) : between(2, 999);
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A headline-like line in sentence case, without final punctuation. */
    String title() {
        StringBuilder s = new StringBuilder();
        if (chance(0.5)) {
            s.append(pick(Lexicon.ADJECTIVES)).append(' ');
        }
        s.append(pick(Lexicon.PLURALS)).append(' ').append(pick(Lexicon.VERBS_PAST)).append(' ');
        if (chance(0.5)) {
            s.append(pick(Lexicon.ADJECTIVES)).append(' ');
        }
        s.append(pick(chance(0.5) ? Lexicon.PLURALS : Lexicon.NOUNS));
        if (chance(0.4)) {
            s.append(' ').append(pick(Lexicon.PREPOSITIONS)).append(' ').append(pick(Lexicon.NOUNS));
        }
        return capitalizeFirst(s.toString());
    }

    static String capitalizeFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length()).appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
