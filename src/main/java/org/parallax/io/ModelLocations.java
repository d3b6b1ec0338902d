package org.parallax.io;

import java.util.Arrays;

/**
 * Where each source and each quote stands in the model file, so problems found later (a quote that is not
 * verbatim, a checksum that does not match) can name a line and column too. Quotes are numbered in model
 * order (points, then framings, then quotes); sources by their position in {@code sources}. Two ints each.
 */
public final class ModelLocations {
    /** A 1-based line and character column in the model file. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    private final String file;
    private int[] quotes = new int[64];
    private int quoteCount;
    private int[] sources = new int[16];
    private int sourceCount;

    ModelLocations(String file) {
        this.file = file;
    }

    /** Locations for a model that was not read from a file: every position is unknown. */
    public static ModelLocations unknown(String file) {
        return new ModelLocations(file);
    }

    public String file() {
        return file;
    }

    void addQuote(int line, int column) {
        if (quoteCount * 2 + 2 > quotes.length) {
            quotes = Arrays.copyOf(quotes, quotes.length * 2);
        }
        quotes[quoteCount * 2] = line;
        quotes[quoteCount * 2 + 1] = column;
        quoteCount++;
    }

    void addSource(int line, int column) {
        if (sourceCount * 2 + 2 > sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[sourceCount * 2] = line;
        sources[sourceCount * 2 + 1] = column;
        sourceCount++;
    }

    int quoteCount() {
        return quoteCount;
    }

    int sourceCount() {
        return sourceCount;
    }

    /** Position of the {@code text} of the quote with this model-order number. */
    public Position quote(int ordinal) {
        return ordinal < quoteCount ? new Position(quotes[ordinal * 2], quotes[ordinal * 2 + 1]) : Position.UNKNOWN;
    }

    /** Position of the source object at this index of {@code sources}. */
    public Position source(int index) {
        return index < sourceCount ? new Position(sources[index * 2], sources[index * 2 + 1]) : Position.UNKNOWN;
    }
}
