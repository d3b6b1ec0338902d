package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;

class GenerateCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesAModelOfTheRequestedSizeAndSaysSo() {
        Path dir = temp.resolve("corpus");

        int code = run("generate", "--quotes", "120", "--sources", "4", "--themes", "3", "--seed", "9", "--out",
                dir.toString());

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("4 sources, 3 themes").contains("120 quotes");
        Model model = new ModelLoader().load(dir.resolve("model.json")).model();
        assertThat(model.quoteCount()).isEqualTo(120);
        assertThat(model.sources()).hasSize(4);
        assertThat(dir.resolve("sources")).isDirectoryContaining(p -> p.toString().endsWith(".txt"));
        assertThat(dir.resolve("pairs")).doesNotExist();
    }

    @Test
    void validateReportsNoProblemsForTheGeneratedCorpus() {
        Path dir = temp.resolve("corpus");
        assertThat(run("generate", "--quotes", "500", "--seed", "4", "--out", dir.toString())).isEqualTo(0);

        int code = run("validate", dir.resolve("model.json").toString(), "--sources", dir.resolve("sources").toString());

        assertThat(code).as(out.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("valid: ").contains("500 quotes").doesNotContain("invalid");
    }

    @Test
    void writesDiffPairsWhenAsked() {
        int code = run("generate", "--quotes", "10", "--out", temp.toString(), "--diff-pairs");

        assertThat(code).isEqualTo(0);
        assertThat(temp.resolve("pairs")).isDirectoryContaining(p -> p.endsWith("reworded-from.txt"))
                .isDirectoryContaining(p -> p.endsWith("reworded-to.txt"))
                .isDirectoryContaining(p -> p.endsWith("unrelated-from.txt"))
                .isDirectoryContaining(p -> p.endsWith("unrelated-to.txt"));
    }

    @Test
    void refusesANonEmptyFolderWithExitCodeOneUnlessForced() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "x");

        assertThat(run("generate", "--quotes", "10", "--out", temp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not empty").contains("--force").doesNotContain("Exception");
        assertThat(temp.resolve("model.json")).doesNotExist();

        assertThat(run("generate", "--quotes", "10", "--out", temp.toString(), "--force")).isEqualTo(0);
        assertThat(temp.resolve("model.json")).isRegularFile();
    }

    @Test
    void outOfRangeCountsAreUsageErrors() {
        assertThat(run("generate", "--quotes", "0", "--out", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("quotes must be between 1 and");
        assertThat(run("generate", "--quotes", "10", "--sources", "0", "--out", temp.toString())).isEqualTo(2);
    }

    @Test
    void missingOutIsAUsageError() {
        assertThat(run("generate", "--quotes", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
