package org.parallax.analysis.align;

import java.util.List;

/**
 * What the aligner needs of the shared sentence encoder (issue 12): unit-length vectors for texts, in order.
 * The window and the command line pass the shared encoder; without one the aligner uses words alone.
 */
public interface Embedder {
    List<float[]> embedAll(List<String> texts);

    /** Names the encoder; the embedding cache is kept per name, so another model never reads stale vectors. */
    String name();

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
