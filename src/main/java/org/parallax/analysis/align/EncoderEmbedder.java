package org.parallax.analysis.align;

import java.util.List;
import org.parallax.analysis.meaning.SentenceEncoder;

/** The shared sentence encoder (issue 12) as the aligner's {@link Embedder}. */
public final class EncoderEmbedder implements Embedder {
    private final SentenceEncoder encoder;

    public EncoderEmbedder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return encoder.embedAll(texts);
    }

    @Override
    public String name() {
        return encoder.name();
    }
}
