package org.parallax.analysis.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.parallax.model.Model;
import org.parallax.model.Point;

/**
 * The vectors of every point (its summary and its quotes), from the cache where the text is unchanged, embedded in
 * batches otherwise, with progress. {@link #build} is the long part of a first alignment against a large model; it
 * runs in a background task and can be cancelled between batches.
 */
public final class PointEmbeddings {
    /** Texts embedded per call: the encoder batches them. */
    static final int BATCH = 64;

    /** Hears how many of how many texts are ready. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private final Map<String, float[]> summaries;
    private final Map<String, float[]> quotes;

    private PointEmbeddings(Map<String, float[]> summaries, Map<String, float[]> quotes) {
        this.summaries = summaries;
        this.quotes = quotes;
    }

    public float[] summary(String pointId) {
        return summaries.get(pointId);
    }

    public float[] quotes(String pointId) {
        return quotes.get(pointId);
    }

    public int size() {
        return summaries.size();
    }

    /** The cache key of a text for an encoder: the first 128 bits of sha256(encoder name, text). */
    public static String key(String encoderName, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(encoderName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    /**
     * Vectors for every point of the model: cached ones as they are, the rest embedded and put in the cache.
     * Returns null when {@code cancelled} says so between batches.
     */
    public static PointEmbeddings build(Model model, Embedder embedder, VectorCache cache, Progress progress,
                                        BooleanSupplier cancelled) {
        Map<String, String> keyOfText = new LinkedHashMap<>();
        List<String[]> pointKeys = new ArrayList<>(model.points().size());
        for (Point point : model.points()) {
            String summary = PointTexts.summary(point);
            String quoteText = PointTexts.quotes(point);
            String summaryKey = key(embedder.name(), summary);
            String quotesKey = quoteText.isEmpty() ? null : key(embedder.name(), quoteText);
            keyOfText.putIfAbsent(summary, summaryKey);
            if (quotesKey != null) {
                keyOfText.putIfAbsent(quoteText, quotesKey);
            }
            pointKeys.add(new String[] {point.id(), summaryKey, quotesKey});
        }
        Map<String, float[]> byKey = new HashMap<>(keyOfText.size() * 2);
        List<String> missingTexts = new ArrayList<>();
        for (Map.Entry<String, String> entry : keyOfText.entrySet()) {
            float[] cached = cache.get(entry.getValue());
            if (cached != null) {
                byKey.put(entry.getValue(), cached);
            } else {
                missingTexts.add(entry.getKey());
            }
        }
        long total = keyOfText.size();
        long done = total - missingTexts.size();
        progress.update(done, total);
        for (int from = 0; from < missingTexts.size(); from += BATCH) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            List<String> batch = missingTexts.subList(from, Math.min(missingTexts.size(), from + BATCH));
            List<float[]> vectors = embedder.embedAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                String key = keyOfText.get(batch.get(i));
                byKey.put(key, vectors.get(i));
                cache.put(key, vectors.get(i));
            }
            done += batch.size();
            progress.update(done, total);
        }
        Map<String, float[]> summaries = new HashMap<>(pointKeys.size() * 2);
        Map<String, float[]> quotes = new HashMap<>(pointKeys.size() * 2);
        for (String[] keys : pointKeys) {
            summaries.put(keys[0], byKey.get(keys[1]));
            if (keys[2] != null) {
                quotes.put(keys[0], byKey.get(keys[2]));
            }
        }
        return new PointEmbeddings(summaries, quotes);
    }
}
