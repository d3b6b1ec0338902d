package org.parallax.io.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheFileTest {
    @TempDir
    Path folder;

    @Test
    void vectorsSurviveASaveAndOnlyUsedOnesAreKept() throws IOException {
        Path model = folder.resolve("model.json");
        EmbeddingCacheFile cache = EmbeddingCacheFile.open(model, "Test Encoder (v1)");
        cache.put("00112233445566778899aabbccddeeff", new float[] {0.5f, -0.25f});
        cache.put("ffeeddccbbaa99887766554433221100", new float[] {1f, 0f});
        cache.save();
        assertThat(cache.file()).isEqualTo(folder.resolve(".parallax-cache/embeddings-test-encoder-v1.bin"));
        assertThat(folder.resolve(".parallax-cache/.gitignore")).content().contains("*");

        EmbeddingCacheFile reopened = EmbeddingCacheFile.open(model, "Test Encoder (v1)");
        assertThat(reopened.storedCount()).isEqualTo(2);
        assertThat(reopened.get("00112233445566778899aabbccddeeff")).containsExactly(0.5f, -0.25f);
        reopened.save(); // one of two used: the other is stale and goes
        assertThat(EmbeddingCacheFile.open(model, "Test Encoder (v1)").storedCount()).isEqualTo(1);
        assertThat(EmbeddingCacheFile.open(model, "another encoder").storedCount()).isZero();
    }

    @Test
    void aDamagedCacheIsEmptyAndRewritten() throws IOException {
        Path model = folder.resolve("model.json");
        EmbeddingCacheFile cache = EmbeddingCacheFile.open(model, "e");
        cache.put("00112233445566778899aabbccddeeff", new float[] {0.5f, -0.25f});
        cache.save();
        byte[] bytes = Files.readAllBytes(cache.file());
        Files.write(cache.file(), java.util.Arrays.copyOf(bytes, bytes.length - 3));
        EmbeddingCacheFile damaged = EmbeddingCacheFile.open(model, "e");
        assertThat(damaged.storedCount()).isZero();
        damaged.put("00112233445566778899aabbccddeeff", new float[] {1f, 2f});
        damaged.save();
        assertThat(EmbeddingCacheFile.open(model, "e").get("00112233445566778899aabbccddeeff")).containsExactly(1f, 2f);
    }
}
