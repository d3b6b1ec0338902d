package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect 2 of issue 18: a model within the size limit but beyond the heap was reported as "cannot read the file:
 * Java heap space". It now says plainly that the model is too large for the memory given, and how to give more.
 * Each run is a JVM of its own with a small heap, so the test needs no large file: a model of 12 or 40 MB against
 * a heap of 48 MB (the one fails while building the model, the other already while reading the bytes).
 */
class OutOfMemoryTest {
    private static Path model(Path dir, int megabytes) throws IOException {
        Path file = dir.resolve("big-" + megabytes + ".json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"schemaVersion\": 1, \"title\": \"Big\", \"sides\": [{\"id\": \"a\", \"label\": \"A\"}],"
                    + " \"themes\": [{\"id\": \"t\", \"label\": \"T\"}], \"sources\": [\n");
            long written = 0;
            for (int i = 0; written < megabytes * 1024L * 1024; i++) {
                String source = (i == 0 ? "" : ",\n") + "{\"id\": \"source-" + i + "\", \"title\": \"The source "
                        + "numbered " + i + " in a very long list\", \"kind\": \"original\", \"author\": \"Au " + i
                        + "\"}";
                out.write(source);
                written += source.length();
            }
            out.write("], \"points\": []}\n");
        }
        return file;
    }

    @ParameterizedTest(name = "{0} MB model, {1} heap")
    @CsvSource({"12, -Xmx48m", "40, -Xmx48m"})
    void aModelBeyondTheHeapIsTooLargeForTheMemoryGivenAndSaysHowToGiveMore(int megabytes, String heap,
                                                                            @TempDir Path dir) throws Exception {
        Path file = model(dir, megabytes);

        JavaRun run = JavaRun.of(null, List.of(heap), "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":").contains("too-large at $: the model (" + megabytes + " MB) is too "
                + "large for the memory this run was given").contains("-Xmx").contains("JAVA_TOOL_OPTIONS");
        assertThat(run.out() + run.err()).doesNotContain("Java heap space").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
