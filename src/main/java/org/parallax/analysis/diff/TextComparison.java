package org.parallax.analysis.diff;

import java.util.List;

/** Two texts compared: the word diff, its classified changes, and their similarity (0..1). */
public record TextComparison(WordDiff diff, List<Change> changes, double similarity) {
    public TextComparison {
        changes = List.copyOf(changes);
    }
}
