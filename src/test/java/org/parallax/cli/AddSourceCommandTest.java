package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.AttachedSources;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.ProblemKind;
import org.parallax.io.SourceFolder;
import org.parallax.io.convert.ArticleFiles;
import org.parallax.model.Model;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;

class AddSourceCommandTest {
    @TempDir
    Path folder;
    Path model;

    @BeforeEach
    void copySmallModel() throws IOException {
        model = folder.resolve("model.json");
        Files.copy(Path.of("src/test/resources/models/small.json"), model);
        Path sources = Files.createDirectories(folder.resolve("sources"));
        try (Stream<Path> texts = Files.list(Path.of("src/test/resources/models/small-sources"))) {
            for (Path text : texts.toList()) {
                Files.copy(text, sources.resolve(text.getFileName()));
            }
        }
    }

    private Model load() {
        LoadResult result = new ModelLoader().load(model);
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    @Test
    void addsAMarkdownArticleWithItsMetadataFileAndChecksum() throws IOException {
        Path article = ArticleFiles.write(folder, "delta.md", "# Delta on chips\n\nRuritania buys *many* chips.\n"
                .getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(model);
        CliRun run = CliRun.of("add-source", model.toString(), article.toString(), "--id", "delta", "--author",
                "D. Writer", "--published", "2025-03-01", "--kind", "commentary", "--derived-from", "alpha");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("added source delta").contains("sources/delta.txt");
        assertThat(run.err()).isEmpty();
        Source delta = load().source("delta").orElseThrow();
        assertThat(delta.title()).isEqualTo("Delta on chips");
        assertThat(delta.author()).isEqualTo("D. Writer");
        assertThat(delta.kind()).isEqualTo(SourceKind.COMMENTARY);
        assertThat(delta.derivedFrom()).isEqualTo("alpha");
        assertThat(delta.file()).isEqualTo("delta.txt");
        Path stored = folder.resolve("sources/delta.txt");
        assertThat(Files.readString(stored)).isEqualTo("Delta on chips\n\nRuritania buys many chips.\n");
        assertThat(delta.sha256()).isEqualTo(SourceFolder.sha256(Files.readAllBytes(stored)));
        assertThat(Files.readAllBytes(folder.resolve("model.json.bak"))).isEqualTo(before);
        AttachedSources attached = SourceFolder.attach(folder.resolve("sources"), load());
        assertThat(attached.issues()).isEmpty();
        assertThat(attached.text("delta")).isPresent();
    }

    @Test
    void derivesAnUnusedIdAndTheTitleFromTheFirstLine() throws IOException {
        Path article = ArticleFiles.write(folder, "a.txt", "Alpha Weekly\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CliRun.of("add-source", model.toString(), article.toString()).exitCode()).isZero();
        assertThat(CliRun.of("add-source", model.toString(), article.toString()).exitCode()).isZero();
        Model added = load();
        assertThat(added.source("alpha-weekly")).isPresent();
        assertThat(added.source("alpha-weekly-2").map(Source::file)).contains("alpha-weekly-2.txt");
    }

    @Test
    void badArticlesAddNothing() throws IOException {
        byte[] before = Files.readAllBytes(model);
        byte[] docx = ArticleFiles.docx(List.of("Text."), null);
        List<Path> bad = List.of(
                ArticleFiles.write(folder, "empty.txt", new byte[0]),
                ArticleFiles.write(folder, "latin.txt", "Caf\u00E9".getBytes(StandardCharsets.ISO_8859_1)),
                ArticleFiles.write(folder, "broken.docx", java.util.Arrays.copyOf(docx, 100)),
                ArticleFiles.write(folder, "binary.txt", new byte[] {1, 2, 3, 0, 5, 6, 7, 8}));
        for (Path article : bad) {
            CliRun run = CliRun.of("add-source", model.toString(), article.toString());
            assertThat(run.exitCode()).as(article.toString()).isEqualTo(1);
            assertThat(run.err()).contains(article.getFileName().toString()).contains("nothing was added")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
        assertThat(folder.resolve("model.json.bak")).doesNotExist();
        try (Stream<Path> stored = Files.list(folder.resolve("sources"))) {
            assertThat(stored.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "alpha.txt", "beta.txt", "gamma.txt");
        }
    }

    @Test
    void badMetadataIsRefusedNamingTheField() throws IOException {
        Path article = ArticleFiles.write(folder, "a.txt", "Words.\n".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("add-source", model.toString(), article.toString(), "--id", "alpha",
                "--published", "March 2025", "--kind", "essay", "--derived-from", "nobody");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("id \"alpha\" is taken").contains("published \"March 2025\"")
                .contains("kind \"essay\"").contains("derived from \"nobody\"");
        assertThat(folder.resolve("sources/alpha-2.txt")).doesNotExist();
    }

    @Test
    void aModelWhoseArticleFilesWentMissingStillOpensAndTakesNewArticles() throws IOException {
        Files.delete(folder.resolve("sources/beta.txt"));
        Model opened = load();
        AttachedSources attached = SourceFolder.attach(folder.resolve("sources"), opened);
        assertThat(attached.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(ProblemKind.MISSING_FILE);
            assertThat(issue.sourceId()).isEqualTo("beta");
            assertThat(issue.message()).contains("beta.txt");
        });
        assertThat(attached.text("alpha")).isPresent();
        assertThat(attached.text("gamma")).isPresent();
        Path article = ArticleFiles.write(folder, "new.html", "<p>New article.</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(CliRun.of("add-source", model.toString(), article.toString(), "--id", "fresh").exitCode()).isZero();
        assertThat(load().source("fresh")).isPresent();
    }

    @Test
    void aModelThatCannotBeReadIsRefusedAndNothingIsStored() throws IOException {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1,");
        Path article = ArticleFiles.write(folder, "a.txt", "Words.\n".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("add-source", broken.toString(), article.toString(), "--id", "words");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json").contains("nothing was added");
        assertThat(folder.resolve("sources/words.txt")).doesNotExist();
    }
}
