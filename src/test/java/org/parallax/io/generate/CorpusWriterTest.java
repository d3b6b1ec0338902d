package org.parallax.io.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {
    @TempDir
    Path temp;

    private final GeneratedCorpus corpus = new ModelGenerator().generate(new GeneratorSettings(50, 3, 2, 1));
    private final CorpusWriter writer = new CorpusWriter();

    @Test
    void writesTheModelAndOneFilePerSourceIntoANewFolder() throws IOException {
        Path model = writer.write(corpus, temp.resolve("new/nested"), false);

        assertThat(model).isEqualTo(temp.resolve("new/nested/model.json")).isRegularFile();
        for (GeneratedCorpus.SourceFile file : corpus.sourceFiles()) {
            assertThat(temp.resolve("new/nested/sources").resolve(file.fileName())).hasContent(file.text());
        }
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> writer.write(corpus, temp, false))
                .isInstanceOf(CorpusWriter.OutputRefusedException.class).hasMessageContaining("not empty");
        assertThat(temp.resolve("model.json")).doesNotExist();
        assertThat(temp.resolve("sources")).doesNotExist();
        assertThat(temp.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void overwritesWhenForcedAndKeepsOtherFiles() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        Files.writeString(temp.resolve("model.json"), "old");

        writer.write(corpus, temp, true);

        assertThat(Files.readString(temp.resolve("model.json"))).startsWith("{");
        assertThat(temp.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void refusesAFileAsTarget() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> writer.write(corpus, file, true))
                .isInstanceOf(CorpusWriter.OutputRefusedException.class).hasMessageContaining("is a file");
    }

    @Test
    void writesPairsBesideTheModel() throws IOException {
        writer.write(corpus, temp, false);
        writer.writePair(temp, "reworded", new TextPair("a b.\n", "a c.\n"));

        assertThat(temp.resolve("pairs/reworded-from.txt")).hasContent("a b.\n");
        assertThat(temp.resolve("pairs/reworded-to.txt")).hasContent("a c.\n");
    }
}
