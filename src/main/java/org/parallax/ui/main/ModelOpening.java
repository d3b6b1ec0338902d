package org.parallax.ui.main;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.io.ProblemKind;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * Reading, validating and indexing one model: the work of every open, run off the FX thread, either by a load task
 * or by the {@link ModelPreload} started with the process. A model with problems comes back without a snapshot.
 */
final class ModelOpening {
    private ModelOpening() {
    }

    static MainViewModel.Outcome load(ModelLocation where, ModelLoader loader, Consumer<String> messages,
            BooleanSupplier cancelled) {
        messages.accept("Reading " + where.displayName());
        LoadResult result;
        try {
            result = loader.load(where.read(), where.displayName());
        } catch (IOException unreadable) {
            result = LoadResult.failed(List.of(new Problem(where.displayName(), 0, 0, ProblemKind.IO, "$",
                    "cannot read the file: " + unreadable.getMessage())));
        }
        if (!result.isValid() || cancelled.getAsBoolean()) {
            return new MainViewModel.Outcome(where, result, null);
        }
        messages.accept("Indexing " + result.model().quoteCount() + " quotes");
        return new MainViewModel.Outcome(where, result, ModelSnapshot.of(result.model()));
    }
}
