package org.parallax.io.generate;

/**
 * What to generate: {@code quotes} quotes spread over {@code sources} articles and {@code themes} themes,
 * from {@code seed}. The same settings always give the same corpus, byte for byte.
 */
public record GeneratorSettings(int quotes, int sources, int themes, long seed) {
    /** Upper bound on quotes: ten times the size the benchmarks use, far below anything that exhausts a heap. */
    public static final int MAX_QUOTES = 1_000_000;
    public static final int MAX_SOURCES = 100_000;
    public static final int MAX_THEMES = 1_000;
    /** About the quote count of one long article; sets the default number of sources. */
    static final int QUOTES_PER_SOURCE = 40;

    public GeneratorSettings {
        requireRange("quotes", quotes, 1, MAX_QUOTES);
        requireRange("sources", sources, 1, MAX_SOURCES);
        requireRange("themes", themes, 1, MAX_THEMES);
    }

    /** Defaults for the rest: one source per ~40 quotes (at least 3), 8 themes, seed 1. */
    public static GeneratorSettings forQuotes(int quotes) {
        return new GeneratorSettings(quotes, defaultSources(quotes), defaultThemes(), 1);
    }

    public static int defaultSources(int quotes) {
        return Math.max(3, Math.min(MAX_SOURCES, (quotes + QUOTES_PER_SOURCE - 1) / QUOTES_PER_SOURCE));
    }

    public static int defaultThemes() {
        return 8;
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(quotes, sources, themes, value);
    }

    private static void requireRange(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(name + " must be between " + low + " and " + high + ", not " + value);
        }
    }
}
