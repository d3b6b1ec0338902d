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

    static Embedder load() {
        EncoderLoad load = Encoders.loadNow();
        return new EncoderEmbedder(load.get().orElseThrow(() -> new IllegalStateException(
                "the sentence encoder does not load: " + load.failure().orElse("?"))));
    }
}
