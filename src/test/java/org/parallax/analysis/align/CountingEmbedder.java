package org.parallax.analysis.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in encoder for tests of the plumbing (cache, batches, progress), not of quality: a bag of hashed words,
 * normalised, so equal texts get equal vectors and texts sharing words are close. Counts what it embeds.
 */
final class CountingEmbedder implements Embedder {
    static final int DIMENSION = 64;
    int embedded;

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        for (String text : texts) {
            embedded++;
            float[] vector = new float[DIMENSION];
            for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
                }
            }
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            for (int i = 0; i < DIMENSION; i++) {
                vector[i] = norm == 0 ? 0 : (float) (vector[i] / Math.sqrt(norm));
            }
            vectors.add(vector);
        }
        return vectors;
    }

    @Override
    public String name() {
        return "counting test encoder";
    }
}
