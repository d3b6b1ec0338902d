package org.parallax.analysis.align;

/**
 * Embeddings kept between runs, keyed by a hash of the text embedded ({@link PointEmbeddings#key}): a point whose
 * texts did not change keeps its vectors. The io layer stores it under {@code .parallax-cache/} beside the model.
 */
public interface VectorCache {
    float[] get(String key);

    void put(String key, float[] vector);

    /** A cache that keeps nothing. */
    static VectorCache none() {
        return new VectorCache() {
            @Override
            public float[] get(String key) {
                return null;
            }

            @Override
            public void put(String key, float[] vector) {
            }
        };
    }
}
