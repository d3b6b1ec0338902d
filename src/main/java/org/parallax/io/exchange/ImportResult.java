package org.parallax.io.exchange;

import java.util.List;
import org.parallax.model.Model;

/**
 * What an import made: the model, the texts to store beside it, what it noticed (which offset convention each
 * source's selections used) and the problems it skipped, each naming the GUID of what could not be placed.
 */
public record ImportResult(Model model, List<ImportedText> texts, List<String> notices, List<String> problems) {
    public ImportResult {
        texts = List.copyOf(texts);
        notices = List.copyOf(notices);
        problems = List.copyOf(problems);
    }

    /** True when nothing could be imported: no theme and no source. */
    public boolean isEmpty() {
        return model.themes().isEmpty() && model.sources().isEmpty();
    }
}
