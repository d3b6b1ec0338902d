package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * Every bundled model in data/ against the real articles: each is valid, each source with a file matches
 * its checksum, and each quote is verbatim at its offsets. The articles live outside the repository
 * (system property {@code parallax.sources}, set by pom.xml to ../shared/seeds); where that folder is absent
 * the test reports itself skipped with the reason, the one honest skip.
 */
class ArticleQuotesTest {
    private static final Path DATA = Path.of("data");

    @Test
    void everyBundledModelQuotesItsArticlesVerbatim() throws IOException {
        String property = System.getProperty("parallax.sources");
        assumeTrue(property != null && !property.isBlank(),
                "system property parallax.sources is not set: no article folder to verify quotes against");
        Path articles = Path.of(property);
        assumeTrue(Files.isDirectory(articles), "article folder " + articles.toAbsolutePath()
                + " does not exist here: quote verification against the real articles is skipped");
        List<Path> models = bundledModels();
        assumeTrue(!models.isEmpty(), "no model in " + DATA.toAbsolutePath() + " yet");
        for (Path model : models) {
            verify(model, articles);
        }
    }

    private static List<Path> bundledModels() throws IOException {
        if (!Files.isDirectory(DATA)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DATA)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void verify(Path modelFile, Path articles) {
        LocatedLoad loaded = new ModelLoader().loadWithLocations(modelFile);
        assertThat(loaded.result().problems()).as("problems loading " + modelFile).isEmpty();
        Model model = loaded.result().model();
        AttachedSources attached = SourceFolder.attach(articles, model);
        long withFiles = model.sources().stream().filter(Source::hasFile).count();

        assertThat(new QuoteVerifier(attached).problems(model, loaded.locations()))
                .as("problems verifying " + modelFile + " against " + articles).isEmpty();
        assertThat(attached.textCount()).as("articles read").isEqualTo(withFiles);
        assertThat(model.quoteCount()).as("quotes in " + modelFile).isPositive();
    }
}
