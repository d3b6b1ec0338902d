package org.parallax.analysis.meaning;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into a vector of its meaning. Vectors are unit length, so the cosine of two of them is their
 * dot product ({@link #cosine}). Implementations are thread-safe.
 */
public interface SentenceEncoder {

    /** The vector of one text, unit length ({@link #dimension()} floats). Never null; an empty text is allowed. */
    float[] embed(String text);

    /** The vectors of several texts, in their order. The default embeds them one by one. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** The length of every vector. */
    int dimension();

    /** A short name of the model, for messages and benchmarks ("all-MiniLM-L6-v2 (quantised)"). */
    String name();

    /** The cosine of two unit vectors (their dot product), in [-1, 1]; 0 when either is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) { // four independent sums: the loop pipelines
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        double dot = (double) s0 + s1 + s2 + s3;
        return Math.max(-1.0, Math.min(1.0, dot));
    }

    /** {@code vector} scaled to unit length in place (an all-zero vector stays as it is); returns it. */
    static float[] normalise(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        if (sum > 0) {
            float scale = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }
}
