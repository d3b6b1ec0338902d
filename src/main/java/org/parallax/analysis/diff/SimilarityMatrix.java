package org.parallax.analysis.diff;

import java.util.List;
import java.util.Optional;

/** Pairwise similarity (0..1, symmetric, 1 on the diagonal) between the framings of the listed sources. */
public final class SimilarityMatrix {
    private final List<String> sources;
    private final double[][] values;

    SimilarityMatrix(List<String> sources, double[][] values) {
        this.sources = List.copyOf(sources);
        this.values = values;
    }

    public List<String> sources() {
        return sources;
    }

    public int size() {
        return sources.size();
    }

    public double get(int row, int column) {
        return values[row][column];
    }

    public double get(String from, String to) {
        return values[indexOf(from)][indexOf(to)];
    }

    private int indexOf(String source) {
        int index = sources.indexOf(source);
        if (index < 0) {
            throw new IllegalArgumentException("no framing of source " + source + " in this matrix");
        }
        return index;
    }

    /** The least similar pair, earlier source first; ties go to the pair that comes first in source order. */
    public Optional<SourcePair> mostDifferentPair() {
        SourcePair best = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (values[i][j] < lowest) {
                    lowest = values[i][j];
                    best = new SourcePair(sources.get(i), sources.get(j));
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
