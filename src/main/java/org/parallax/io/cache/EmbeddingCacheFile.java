package org.parallax.io.cache;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.align.VectorCache;
import org.parallax.io.AtomicFileWriter;

/**
 * The points' sentence embeddings kept beside a model, in {@code .parallax-cache/embeddings-ENCODER.bin}
 * (CONTRACTS.md: a model's caches live under {@code .parallax-cache/}, ignored by git; the folder holds a
 * {@code .gitignore} of its own). Keyed by a hash of the text embedded, so a changed point is embedded again and
 * an unchanged one never is. {@link #save} writes only the vectors used since {@link #open} (stale ones go),
 * atomically; a damaged or foreign file is treated as empty and rewritten.
 *
 * <p>Format: {@code PXEMB1}, the dimension (int), the count (int), then per entry 16 bytes of key and the floats.
 */
public final class EmbeddingCacheFile implements VectorCache {
    public static final String FOLDER = ".parallax-cache";
    private static final byte[] MAGIC = {'P', 'X', 'E', 'M', 'B', '1'};
    private static final int KEY_BYTES = 16;

    private final Path file;
    private final Map<String, float[]> stored;
    private final Map<String, float[]> used = new LinkedHashMap<>();
    private boolean changed;

    private EmbeddingCacheFile(Path file, Map<String, float[]> stored) {
        this.file = file;
        this.stored = stored;
    }

    /** The cache folder of a model file. */
    public static Path folderOf(Path modelFile) {
        return modelFile.toAbsolutePath().getParent().resolve(FOLDER);
    }

    /** Opens (or starts) the cache for this model and encoder; never fails on a bad cache file. */
    public static EmbeddingCacheFile open(Path modelFile, String encoderName) {
        String slug = encoderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Path file = folderOf(modelFile).resolve("embeddings-" + slug + ".bin");
        return new EmbeddingCacheFile(file, read(file));
    }

    public Path file() {
        return file;
    }

    public int storedCount() {
        return stored.size();
    }

    @Override
    public synchronized float[] get(String key) {
        float[] vector = stored.get(key);
        if (vector != null) {
            used.put(key, vector);
        }
        return vector;
    }

    @Override
    public synchronized void put(String key, float[] vector) {
        stored.put(key, vector);
        used.put(key, vector);
        changed = true;
    }

    /** Writes the vectors used since opening, when anything was added or some stored ones were not used. */
    public synchronized void save() throws IOException {
        if (!changed && used.size() == stored.size()) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path ignore = file.getParent().resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# Parallax's caches: rebuilt when missing\n*\n");
        }
        int dimension = used.isEmpty() ? 0 : used.values().iterator().next().length;
        new AtomicFileWriter().write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
            out.write(MAGIC);
            out.writeInt(dimension);
            out.writeInt(used.size());
            HexFormat hex = HexFormat.of();
            for (Map.Entry<String, float[]> entry : used.entrySet()) {
                out.write(hex.parseHex(entry.getKey()));
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
            out.flush();
        });
        stored.keySet().retainAll(used.keySet());
        changed = false;
    }

    private static Map<String, float[]> read(Path file) {
        Map<String, float[]> vectors = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return vectors;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                return new HashMap<>();
            }
            int dimension = in.readInt();
            int count = in.readInt();
            if (dimension <= 0 || dimension > 8192 || count < 0) {
                return new HashMap<>();
            }
            HexFormat hex = HexFormat.of();
            byte[] key = new byte[KEY_BYTES];
            for (int i = 0; i < count; i++) {
                in.readFully(key);
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(hex.formatHex(key), vector);
            }
            return vectors;
        } catch (EOFException | RuntimeException damaged) {
            return new HashMap<>();
        } catch (IOException unreadable) {
            return new HashMap<>();
        }
    }
}
