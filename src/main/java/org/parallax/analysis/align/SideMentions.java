package org.parallax.analysis.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Model;
import org.parallax.model.Side;

/**
 * Does a paragraph compare the sides? It names two sides (by label, id, or a known alias such as a demonym from
 * {@code side-aliases.txt}), or names one beside a comparing word ("than", "unlike", "whereas", ...). Such a
 * paragraph that matches no point is offered as "new point?".
 */
final class SideMentions {
    private static final Set<String> COMPARING = Set.of("than", "unlike", "whereas", "compared", "contrast",
            "versus", "vs", "while", "rather", "differ", "differs", "difference", "same", "similar");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.]+");
    private static final Map<String, List<String>> ALIASES = readAliases();

    private final Map<String, Set<String>> phrasesBySide = new HashMap<>();

    SideMentions(Model model) {
        for (Side side : model.sides()) {
            Set<String> phrases = new HashSet<>();
            phrases.add(side.id().toLowerCase(Locale.ROOT).replace('-', ' '));
            phrases.add(side.label().toLowerCase(Locale.ROOT));
            phrases.addAll(ALIASES.getOrDefault(side.label().toLowerCase(Locale.ROOT), List.of()));
            phrases.addAll(ALIASES.getOrDefault(side.id().toLowerCase(Locale.ROOT), List.of()));
            phrasesBySide.put(side.id(), phrases);
        }
    }

    boolean comparesSides(String paragraph) {
        String words = " " + String.join(" ", words(paragraph)) + " ";
        int named = 0;
        for (Set<String> phrases : phrasesBySide.values()) {
            for (String phrase : phrases) {
                if (words.contains(" " + phrase + " ")) {
                    named++;
                    break;
                }
            }
        }
        if (named >= 2) {
            return true;
        }
        if (named == 1) {
            for (String word : words.strip().split(" ")) {
                if (COMPARING.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace("\u2019s", "").replace("'s", ""));
        while (matcher.find()) {
            String word = matcher.group();
            while (word.endsWith(".") && !word.matches("([a-z]\\.)+")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Map<String, List<String>> readAliases() {
        Map<String, List<String>> aliases = new HashMap<>();
        try (InputStream in = SideMentions.class.getResourceAsStream("side-aliases.txt")) {
            if (in == null) {
                return aliases;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s*[:|]\\s*");
                List<String> names = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    names.add(parts[i].toLowerCase(Locale.ROOT));
                }
                aliases.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(names);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return aliases;
    }
}
