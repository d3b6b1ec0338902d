package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.parallax.io.LocatedLoad;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.io.QuoteVerifier;
import org.parallax.io.SourceFolder;
import org.parallax.model.Model;

/** Writes an import and checks that the model it wrote loads and every quote verifies against the stored texts. */
final class ImportChecks {
    private ImportChecks() {
    }

    static Model writeAndValidate(ImportResult result, Path folder) throws Exception {
        Path modelFile = folder.resolve("imported.json");
        new ImportWriter().write(result, modelFile, false);
        LocatedLoad loaded = new ModelLoader().loadWithLocations(modelFile);
        assertThat(loaded.result().problems()).isEmpty();
        Model model = loaded.result().model();
        if (result.texts().isEmpty()) {
            return model; // nothing to verify against: a codebook, or sources without texts
        }
        List<Problem> problems = new QuoteVerifier(SourceFolder.attach(folder.resolve("sources"), model))
                .problems(model, loaded.locations());
        assertThat(problems).isEmpty();
        return model;
    }
}
