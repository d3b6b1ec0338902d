package org.parallax.ui.workbench;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.LexicalIndex;
import org.parallax.model.Model;

/** Builds the aligner for a model inside a background task, reporting progress (the embeddings are the long part). */
final class AlignerFactory {
    private AlignerFactory() {
    }

    static Aligner build(Model model, Consumer<String> message, BiConsumer<Long, Long> progress,
                         BooleanSupplier cancelled) {
        message.accept("Indexing " + model.points().size() + " points");
        return new Aligner(model, new LexicalIndex(model), null, null);
    }
}
