package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-model corpus through the command line, as a user meets it: {@code parallax validate FILE} for each
 * of src/test/resources/hostile-models (written by scripts/hostile-corpus.py: cut short at 30 places, hostile
 * tokens, broken strings and punctuation, wrong types, missing and unknown fields, values out of range, bad
 * references, bytes that are not UTF-8 JSON, nesting limits) and of src/test/resources/bad-models. Each case
 * asserts the exit code, the location (file, line, column, JSON path) and the message of the first problem, and
 * that no stack trace reaches the user.
 */
class HostileCorpusTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile-models");
    private static final Path BAD = Path.of("src/test/resources/bad-models");

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** file, exit code, kind, line, column, path, message, whether the message is whole (else a fragment). */
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines(HOSTILE.resolve("cases.txt"))) {
            String[] cells = line.split("\\|", 7);
            cases.add(Arguments.of(HOSTILE.resolve(cells[0]).toString(), Integer.parseInt(cells[1]), cells[2],
                    Integer.parseInt(cells[3]), Integer.parseInt(cells[4]), cells[5], cells[6], true));
        }
        for (String line : lines(BAD.resolve("expected.txt"))) {
            String[] cells = line.split("\\|", 6);
            cases.add(Arguments.of(BAD.resolve(cells[0]).toString(), 1, cells[1], Integer.parseInt(cells[2]),
                    Integer.parseInt(cells[3]), cells[4], cells[5], false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateReportsTheProblemWhereItIs(String file, int exitCode, String kind, int line, int column, String path,
                                            String message, boolean wholeMessage) {
        CliRun run = CliRun.of("validate", file);

        assertThat(run.exitCode()).as("exit code").isEqualTo(exitCode);
        String first = run.out().lines().findFirst().orElse("");
        String located = file + ":" + line + ":" + column + ": " + kind + " at " + path + ": ";
        if (wholeMessage) {
            assertThat(first).isEqualTo(located + message);
        } else {
            assertThat(first).startsWith(located).contains(message);
        }
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theCorpusHasAtLeast150CasesAndEveryFileIsOne() throws IOException {
        List<String> listed = lines(HOSTILE.resolve("cases.txt")).stream().map(l -> l.split("\\|")[0]).toList();
        List<String> present;
        try (Stream<Path> files = Files.list(HOSTILE)) {
            present = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("cases.txt")).toList();
        }

        assertThat(present).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(cases().count()).isGreaterThanOrEqualTo(150);
    }
}
