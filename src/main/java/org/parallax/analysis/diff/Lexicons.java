package org.parallax.analysis.diff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The word lists the change rules use, one data file each under {@code org/parallax/analysis/diff/} in the
 * resources (documented in docs/diff.md). Reading them from the class path is the only I/O of the analysis
 * layer: they are part of the program, not user input (see decision 0032).
 */
public record Lexicons(Lexicon stopwords, Lexicon hedges, Lexicon boosters, Lexicon attribution, Lexicon negators,
                       Lexicon evaluative, Lexicon knownEntities, Lexicon notEntities, Lexicon figureNumbers,
                       Lexicon figureApproximators, Lexicon figureUnits, Lexicon hearsay, Lexicon commonWords) {
    public Lexicons {
        Objects.requireNonNull(stopwords);
        Objects.requireNonNull(hedges);
        Objects.requireNonNull(boosters);
        Objects.requireNonNull(attribution);
        Objects.requireNonNull(negators);
        Objects.requireNonNull(evaluative);
        Objects.requireNonNull(knownEntities);
        Objects.requireNonNull(notEntities);
        Objects.requireNonNull(figureNumbers);
        Objects.requireNonNull(figureApproximators);
        Objects.requireNonNull(figureUnits);
        Objects.requireNonNull(hearsay);
        Objects.requireNonNull(commonWords);
    }

    /** The lexicons shipped with Parallax. */
    public static Lexicons bundled() {
        return new Lexicons(load("stopwords"), load("hedges"), load("boosters"), load("attribution"),
                load("negators"), load("evaluative"), load("entities"), load("not-entities"),
                load("figure-numbers"), load("figure-approximators"), load("figure-units"), load("hearsay"),
                load("common-words"));
    }

    private static Lexicon load(String name) {
        String resource = name + ".txt";
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().toList();
            return Lexicon.of(name, lines);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, unreadable);
        }
    }
}
