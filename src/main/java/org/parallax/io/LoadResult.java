package org.parallax.io;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Model;

/**
 * What loading a model gives: the model when it is valid, and every problem found. A model with
 * problems is never handed out, so nothing downstream ever sees a half-valid model.
 */
public record LoadResult(Model model, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        if (model != null && !problems.isEmpty()) {
            throw new IllegalArgumentException("a model with problems is not a loaded model");
        }
        if (model == null && problems.isEmpty()) {
            throw new IllegalArgumentException("a failed load must say why");
        }
    }

    public static LoadResult loaded(Model model) {
        return new LoadResult(model, List.of());
    }

    public static LoadResult failed(List<Problem> problems) {
        return new LoadResult(null, problems);
    }

    public boolean isValid() {
        return model != null;
    }

    public Optional<Model> modelIfValid() {
        return Optional.ofNullable(model);
    }
}
