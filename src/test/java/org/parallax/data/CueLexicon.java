package org.parallax.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds of cue word, each a list of case-insensitive regular expressions, found in a text kind by kind in the
 * order the kinds were added (curly apostrophes read as straight ones). {@link StanceCues} and
 * {@link CertaintyCues} are two such lexicons.
 */
final class CueLexicon<K> {
    private final Map<K, List<Pattern>> patterns = new LinkedHashMap<>();

    CueLexicon<K> kind(K kind, String... regexes) {
        List<Pattern> compiled = new ArrayList<>();
        for (String regex : regexes) {
            compiled.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        patterns.put(kind, List.copyOf(compiled));
        return this;
    }

    /** Every cue in {@code text}, made by {@code cue} from its kind and its words in lower case. */
    <C> List<C> in(String text, BiFunction<K, String, C> cue) {
        String normalised = text.replace('\u2019', '\'');
        List<C> found = new ArrayList<>();
        patterns.forEach((kind, list) -> {
            for (Pattern pattern : list) {
                Matcher match = pattern.matcher(normalised);
                while (match.find()) {
                    found.add(cue.apply(kind, match.group().toLowerCase(Locale.ROOT)));
                }
            }
        });
        return found;
    }
}
