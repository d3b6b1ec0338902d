package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of src/test/resources/bad-models breaks one rule; expected.txt says, counted by hand, which
 * problem the loader must report and where. Each file must give exactly that one problem.
 */
class BadModelCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-models");

    static Stream<Arguments> expectations() throws IOException {
        return expectedLines().stream().map(line -> {
            String[] cells = line.split("\\|", -1);
            return Arguments.of(cells[0], cells[1], Integer.parseInt(cells[2]), Integer.parseInt(cells[3]), cells[4],
                    cells[5]);
        });
    }

    private static List<String> expectedLines() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    @ParameterizedTest(name = "{0}: {1} at {2}:{3}")
    @MethodSource("expectations")
    void reportsExactlyTheExpectedProblemAtTheExpectedPlace(String file, String kind, int line, int column,
                                                            String path, String messageFragment) {
        LoadResult result = new ModelLoader().load(CORPUS.resolve(file));

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind().id()).isEqualTo(kind);
            assertThat(problem.line()).as("line").isEqualTo(line);
            assertThat(problem.column()).as("column").isEqualTo(column);
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(messageFragment);
            assertThat(problem.file()).endsWith(file);
        });
    }

    @Test
    void theCorpusCoversAtLeast25FilesAndEachIsListed() throws IOException {
        List<String> listed = expectedLines().stream().map(line -> line.split("\\|")[0]).toList();
        List<String> present;
        try (Stream<Path> files = Files.list(CORPUS)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        assertThat(present).hasSizeGreaterThanOrEqualTo(25).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void theBaseTheCorpusIsMadeFromIsValid() {
        assertThat(new ModelLoader().load(Path.of("src/test/resources/models/bad-model-base.json")).problems())
                .isEmpty();
    }
}
