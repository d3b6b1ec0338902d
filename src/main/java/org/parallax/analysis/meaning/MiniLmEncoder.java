package org.parallax.analysis.meaning;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions) on ONNX Runtime, in this process, offline: the model ships in
 * its jar. Construct through {@link Encoders}; the constructor loads the native library and the model (about
 * 1.5 s) and throws whatever that throws.
 */
final class MiniLmEncoder implements SentenceEncoder {
    static final String NAME = "all-MiniLM-L6-v2 (quantised, ONNX Runtime)";

    private final EmbeddingModel model;

    MiniLmEncoder(Executor executor) {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    @Override
    public float[] embed(String text) {
        return SentenceEncoder.normalise(model.embed(safe(text)).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(safe(text)));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(SentenceEncoder.normalise(embedding.vector()));
        }
        return vectors;
    }

    /** TextSegment refuses blank text; a blank sentence is embedded as a single space's stand-in. */
    private static String safe(String text) {
        return text == null || text.isBlank() ? "." : text;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String name() {
        return NAME;
    }
}
