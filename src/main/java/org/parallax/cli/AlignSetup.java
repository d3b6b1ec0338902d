package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.EncoderEmbedder;
import org.parallax.analysis.align.LexicalIndex;
import org.parallax.analysis.align.PointEmbeddings;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.io.cache.EmbeddingCacheFile;
import org.parallax.model.Model;

/**
 * Builds the aligner for a model on the command line: the lexical index, and, when the shared sentence encoder
 * loads, the points' embeddings from the model's cache folder (missing ones embedded, the cache saved). Without the
 * encoder, words alone, said once on standard error.
 */
final class AlignSetup {
    record Prepared(Aligner aligner) {
    }

    /** Texts embedded between two saves of the cache during a first build. */
    static final int CHECKPOINT = 4096;

    private AlignSetup() {
    }

    static Prepared prepare(Path modelFile, Model model, PrintWriter err) {
        LexicalIndex lexical = new LexicalIndex(model);
        EncoderLoad load = Encoders.sharedNow();
        Optional<EncoderEmbedder> embedder = load.get().map(EncoderEmbedder::new);
        if (embedder.isEmpty()) {
            err.println("align: words alone: " + load.failure().orElse("the sentence encoder is not available"));
            return new Prepared(new Aligner(model, lexical, null, null));
        }
        EmbeddingCacheFile cache = EmbeddingCacheFile.open(modelFile, embedder.get().name());
        long[] reported = {0};
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder.get(), cache, (done, total) -> {
            if (done < total && done - reported[0] >= CHECKPOINT) {
                err.println("align: embedding the points: " + done + " of " + total + " texts");
                err.flush();
                reported[0] = done;
                try {
                    cache.save(); // a long first build keeps what it has done if it is stopped
                } catch (IOException cannotCache) {
                    // said once at the end
                }
            }
        }, () -> false);
        try {
            cache.save();
        } catch (IOException cannotCache) {
            err.println("align: the embedding cache " + cache.file() + " could not be written: "
                    + cannotCache.getMessage());
        }
        return new Prepared(new Aligner(model, lexical, embedder.get(), vectors));
    }
}
