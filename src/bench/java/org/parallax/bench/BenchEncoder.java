package org.parallax.bench;

import org.parallax.analysis.align.Embedder;
import org.parallax.analysis.align.EncoderEmbedder;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.analysis.meaning.Encoders;

/**
 * The sentence encoder for the alignment benchmark: a fresh, uncached load ({@code Encoders.loadNow()}), so every
 * paragraph is embedded anew on every call (the shared instance's text cache would turn a repeated article into
 * cache hits).
 */
final class BenchEncoder {
    private BenchEncoder() {
    }

    /**
     * Deterministic pseudo-random unit vectors under the encoder's name (so they land in, and are read from, the
     * same cache file): a stand-in for timing only.
     */
    static Embedder standIn(Embedder real) {
        return new Embedder() {
            @Override
            public java.util.List<float[]> embedAll(java.util.List<String> texts) {
                java.util.List<float[]> vectors = new java.util.ArrayList<>();
                for (String text : texts) {
                    java.util.Random random = new java.util.Random(text.hashCode());
                    float[] vector = new float[384];
                    double norm = 0;
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] = (float) random.nextGaussian();
                        norm += vector[d] * vector[d];
                    }
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] /= (float) Math.sqrt(norm);
                    }
                    vectors.add(vector);
                }
                return vectors;
            }

            @Override
            public String name() {
                return real.name() + " stand-in";
            }
        };
    }

    static Embedder load() {
        EncoderLoad load = Encoders.loadNow();
        return new EncoderEmbedder(load.get().orElseThrow(() -> new IllegalStateException(
                "the sentence encoder does not load: " + load.failure().orElse("?"))));
    }
}
