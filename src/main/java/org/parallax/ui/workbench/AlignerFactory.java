package org.parallax.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.EncoderEmbedder;
import org.parallax.analysis.align.LexicalIndex;
import org.parallax.analysis.align.PointEmbeddings;
import org.parallax.analysis.align.VectorCache;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.io.cache.EmbeddingCacheFile;
import org.parallax.model.Model;

/**
 * Builds the aligner for a model inside a background task: the Lucene index, then (when the shared encoder loads)
 * the points' embeddings from the model's cache, the missing ones embedded with progress. Never on the FX thread.
 */
final class AlignerFactory {
    private static final Logger LOG = Logger.getLogger(AlignerFactory.class.getName());

    private AlignerFactory() {
    }

    static Aligner build(Model model, Path modelFile, Consumer<String> message, BiConsumer<Long, Long> progress,
                         BooleanSupplier cancelled) {
        message.accept("Indexing " + model.points().size() + " points");
        LexicalIndex lexical = new LexicalIndex(model);
        message.accept("Loading the sentence encoder");
        EncoderLoad load = Encoders.sharedNow();
        Optional<EncoderEmbedder> embedder = load.get().map(EncoderEmbedder::new);
        if (embedder.isEmpty()) {
            message.accept("Words alone: " + load.failure().orElse("no sentence encoder"));
            return new Aligner(model, lexical, null, null);
        }
        EmbeddingCacheFile cache = modelFile == null ? null : EmbeddingCacheFile.open(modelFile, embedder.get().name());
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder.get(), cache == null ? VectorCache.none() : cache,
                (done, total) -> {
                    message.accept("Embedding the points: " + done + " of " + total);
                    progress.accept(done, total);
                    if (cache != null && done % 4096 < 64 && done < total) {
                        saveQuietly(cache); // a long first build keeps what it has done if it is stopped
                    }
                }, cancelled);
        if (vectors == null) {
            return new Aligner(model, lexical, null, null);
        }
        if (cache != null) {
            saveQuietly(cache);
        }
        return new Aligner(model, lexical, embedder.get(), vectors);
    }

    private static void saveQuietly(EmbeddingCacheFile cache) {
        try {
            cache.save();
        } catch (IOException cannotCache) {
            LOG.log(Level.WARNING, "cannot write the embedding cache " + cache.file(), cannotCache);
        }
    }
}
