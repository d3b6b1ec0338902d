package org.parallax.analysis.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads figures from words: digits ("2,000", "4.5%", "$10"), number words ("two million", "half", "dozens"),
 * a scale after them ("million", "bn", "m"), a unit ("percent", "per cent", "pounds", "months"). Weekday and
 * month names are dates. "one" counts only before a scale or a unit ("one million", "one year").
 */
final class FigureReader {
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("thousand", 1e3),
            Map.entry("k", 1e3), Map.entry("million", 1e6), Map.entry("millions", 1e6), Map.entry("m", 1e6),
            Map.entry("mn", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9),
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("hundred", 1e2));
    private static final Map<String, Double> TIME_UNITS = Map.ofEntries(Map.entry("second", 1.0 / 86400),
            Map.entry("minute", 1.0 / 1440), Map.entry("hour", 1.0 / 24), Map.entry("day", 1.0),
            Map.entry("week", 7.0), Map.entry("fortnight", 14.0), Map.entry("month", 30.4),
            Map.entry("year", 365.0), Map.entry("decade", 3652.0), Map.entry("century", 36520.0));
    private static final List<String> MONEY_WORDS = List.of("dollar", "pound", "euro", "yuan", "yen", "rupee",
            "franc", "won", "peso", "cent", "pence", "p");
    private static final List<String> DATE_NAMES = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december");

    private final Lexicon numberWords;

    FigureReader(FramingLexicons lexicons) {
        this.numberWords = lexicons.figureWords();
    }

    List<Figure> read(String text, List<Word> words) {
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            int dateIndex = DATE_NAMES.indexOf(word.key());
            if (dateIndex >= 0 && word.capitalised()) {
                figures.add(new Figure(word.span(), word.text(), Figure.Kind.DATE, dateIndex, dateIndex, false, ""));
                i++;
                continue;
            }
            int end = i;
            double low;
            double high;
            boolean fraction = false;
            boolean multiple = false;
            boolean percent = false;
            boolean money = false;
            if (word.number()) {
                String digits = word.key();
                money = "$£€¥".indexOf(digits.charAt(0)) >= 0;
                percent = digits.endsWith("%");
                String plain = digits.replaceAll("[^0-9.,]", "");
                Double parsed = parse(plain);
                if (parsed == null) {
                    i++;
                    continue;
                }
                low = parsed;
                high = parsed;
                end = i + 1;
            } else {
                Lexicon.Match match = numberWords.matchAt(words, i);
                int ordinal = ORDINALS.indexOf(word.key()) + 2;
                if (match == null && ordinal >= 2 && inARow(words, i + 1)) {
                    // "the third year in a row", "the fifth consecutive year": a count of that many
                    figures.add(new Figure(word.span(), word.text(), Figure.Kind.COUNT, ordinal, ordinal, false,
                            ""));
                    i++;
                    continue;
                }
                if (match == null) {
                    i++;
                    continue;
                }
                String tag = match.tag();
                if ("one".equals(word.key()) && match.to() - match.from() == 1 && !scaleOrUnitAt(words, i + 1)) {
                    i++;
                    continue;
                }
                if (tag.endsWith("f")) {
                    fraction = true;
                    low = Double.parseDouble(tag.substring(0, tag.length() - 1));
                } else if (tag.endsWith("x")) {
                    multiple = true;
                    low = Double.parseDouble(tag.substring(0, tag.length() - 1));
                } else if (tag.contains("-")) {
                    String[] range = tag.split("-");
                    low = Double.parseDouble(range[0]);
                    high = Double.parseDouble(range[1]);
                    figures.add(new Figure(new Span(word.start(), words.get(match.to() - 1).end()),
                            text.substring(word.start(), words.get(match.to() - 1).end()), Figure.Kind.COUNT,
                            low, high, true, bound(words, i)));
                    i = match.to();
                    continue;
                } else {
                    low = Double.parseDouble(tag);
                }
                high = low;
                end = match.to();
                // compound number words: "twenty five", "two hundred"
                while (end < words.size() && !fraction && !multiple) {
                    Lexicon.Match next = numberWords.matchAt(words, end);
                    if (next == null || !next.tag().matches("[0-9.]+")) {
                        break;
                    }
                    double value = Double.parseDouble(next.tag());
                    if (value >= 100 && value > low) {
                        low *= value;
                    } else if (value < 100 && low >= 20 && low % 10 == 0 && low < 100) {
                        low += value;
                    } else {
                        break;
                    }
                    high = low;
                    end = next.to();
                }
            }
            // "a quarter of a percentage point": a fraction of a point is a share of a hundredth
            int of = end < words.size() && words.get(end).key().equals("of") ? end + 1 : end; // "half a point"
            if (fraction && of + 2 < words.size() && words.get(of).key().equals("a")
                    && words.get(of + 1).key().equals("percentage") && words.get(of + 2).key().startsWith("point")) {
                Span span = new Span(word.start(), words.get(of + 2).end());
                figures.add(new Figure(span, span.of(text), Figure.Kind.SHARE, low * 0.01, low * 0.01, true,
                        bound(words, i)));
                i = of + 3;
                continue;
            }
            // a scale and a unit after the core
            while (end < words.size() && SCALES.containsKey(words.get(end).key())) {
                low *= SCALES.get(words.get(end).key());
                high = low;
                end++;
            }
            Figure.Kind kind = Figure.Kind.COUNT;
            double factor = 1;
            if (percent) {
                kind = Figure.Kind.SHARE;
                factor = 0.01;
            } else if (fraction) {
                kind = Figure.Kind.SHARE;
            } else if (multiple) {
                kind = Figure.Kind.MULTIPLE;
            } else if (money) {
                kind = Figure.Kind.MONEY;
            }
            if (end < words.size() && kind == Figure.Kind.COUNT) {
                String unit = words.get(end).key();
                String singular = singular(unit);
                if (unit.equals("%") || unit.equals("percent")) {
                    kind = Figure.Kind.SHARE;
                    factor = 0.01;
                    end++;
                } else if (unit.equals("per") && end + 1 < words.size()
                        && words.get(end + 1).key().equals("cent")) {
                    kind = Figure.Kind.SHARE;
                    factor = 0.01;
                    end += 2;
                } else if (unit.equals("percentage") && end + 1 < words.size()
                        && words.get(end + 1).key().startsWith("point")) {
                    kind = Figure.Kind.SHARE;
                    factor = 0.01;
                    end += 2;
                } else if (TIME_UNITS.containsKey(singular)) {
                    kind = Figure.Kind.TIME;
                    factor = TIME_UNITS.get(singular);
                    end++;
                } else if (MONEY_WORDS.contains(singular)) {
                    kind = Figure.Kind.MONEY;
                    end++;
                }
            }
            Span span = new Span(words.get(i).start(), words.get(end - 1).end());
            figures.add(new Figure(span, span.of(text), kind, low * factor, high * factor, fraction,
                    bound(words, i)));
            i = end;
        }
        return figures;
    }

    /** "up to", "more than", "at least", "under"... before the figure at {@code index}: a bound, not a value. */
    private static String bound(List<Word> words, int index) {
        String one = index >= 1 ? words.get(index - 1).key() : "";
        String two = index >= 2 ? words.get(index - 2).key() + " " + one : "";
        String negated = index >= 3 ? words.get(index - 3).key() : "";
        if ((negated.equals("no") || negated.equals("not")) && List.of("fewer than", "less than", "more than")
                .contains(two)) {
            return two.equals("more than") ? "max" : "min"; // litotes: "no fewer than" = "at least"
        }
        if (List.of("more than", "at least", "longer than", "greater than", "higher than", "larger than",
                "over than").contains(two)) {
            return "min";
        }
        if (List.of("up to", "less than", "fewer than", "at most", "no more", "shorter than", "lower than",
                "smaller than").contains(two)) {
            return "max";
        }
        String three = index >= 3 ? words.get(index - 3).key() + " " + two : "";
        if (three.equals("as much as") || three.equals("as many as")) {
            return "max";
        }
        return "";
    }

    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    /** "in a row", "consecutive", "straight", "successive" within the next few words: a run of that many. */
    private static boolean inARow(List<Word> words, int index) {
        for (int k = index; k < Math.min(words.size(), index + 4); k++) {
            String key = words.get(k).key();
            if (key.equals("consecutive") || key.equals("straight") || key.equals("successive")
                    || key.equals("running")) {
                return true;
            }
            if (key.equals("in") && k + 2 < words.size() && words.get(k + 1).key().equals("a")
                    && words.get(k + 2).key().equals("row")) {
                return true;
            }
        }
        return false;
    }

    private boolean scaleOrUnitAt(List<Word> words, int index) {
        if (index >= words.size()) {
            return false;
        }
        String key = words.get(index).key();
        String singular = singular(key);
        return SCALES.containsKey(key) || TIME_UNITS.containsKey(singular) || MONEY_WORDS.contains(singular)
                || key.equals("percent") || key.equals("per");
    }

    private static String singular(String key) {
        if (key.equals("centuries")) {
            return "century";
        }
        return key.endsWith("s") && key.length() > 3 ? key.substring(0, key.length() - 1) : key;
    }

    private static Double parse(String plain) {
        if (plain.isEmpty()) {
            return null;
        }
        String normalised = plain;
        // "2,000" and "1,250,000" group thousands; "4.5" is a decimal
        if (normalised.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            normalised = normalised.replace(",", "");
        } else {
            normalised = normalised.replace(",", ".");
        }
        try {
            return Double.parseDouble(normalised.toLowerCase(Locale.ROOT));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
