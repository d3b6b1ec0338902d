package org.parallax.analysis.meaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the last {@code capacity} texts it embedded (least recently used out first), so
 * the same sentence is embedded once. Thread-safe; the encoder runs outside the lock.
 */
public final class CachingEncoder implements SentenceEncoder {
    private final SentenceEncoder encoder;
    private final Map<String, float[]> cache;

    public CachingEncoder(SentenceEncoder encoder, int capacity) {
        this.encoder = encoder;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        float[] known = cached(text);
        if (known != null) {
            return known;
        }
        float[] vector = encoder.embed(text);
        synchronized (cache) {
            cache.put(text, vector);
        }
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        synchronized (cache) {
            for (String text : texts) {
                float[] known = cache.get(text);
                vectors.add(known);
                if (known == null) {
                    missing.add(text);
                    missingAt.add(vectors.size() - 1);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = encoder.embedAll(missing);
            synchronized (cache) {
                for (int i = 0; i < fresh.size(); i++) {
                    vectors.set(missingAt.get(i), fresh.get(i));
                    cache.put(missing.get(i), fresh.get(i));
                }
            }
        }
        return vectors;
    }

    /** How many texts the cache holds now. */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private float[] cached(String text) {
        synchronized (cache) {
            return cache.get(text);
        }
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public String name() {
        return encoder.name();
    }
}
