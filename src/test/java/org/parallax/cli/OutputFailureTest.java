package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Defect 3 of issue 18: a failed write to standard output was ignored ({@code export ... > /dev/full} exited 0 with
 * nothing on standard error). Now it is exit 1 with the reason, for every command whose result goes there.
 */
class OutputFailureTest {
    private static final String MODEL = "src/test/resources/models/small.json";

    /** A disk that fills after {@code room} bytes. */
    private static final class FullDisk extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int room;

        FullDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (kept.size() >= room) {
                throw new IOException("No space left on device");
            }
            kept.write(b);
        }
    }

    private static String[] command(String name) {
        return switch (name) {
            case "export" -> new String[] {"export", MODEL};
            case "export-csv" -> new String[] {"export", MODEL, "--format", "csv"};
            case "validate" -> new String[] {"validate", MODEL};
            case "validate-json" -> new String[] {"validate", MODEL, "--format", "json"};
            case "stats" -> new String[] {"stats", MODEL};
            case "diff" -> new String[] {"diff", MODEL, "--point", "accelerator-count", "--from", "alpha", "--to", "beta"};
            case "help" -> new String[] {"--help"};
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export", "export-csv", "validate", "validate-json", "stats", "diff", "help"})
    void aFullStandardOutputIsExitOneWithTheReason(String name) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = ParallaxCommand.run(new FullDisk(10), err, command(name));

        assertThat(code).isEqualTo(ParallaxCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot write the result to standard output: No space left on device")
                .doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export", "validate", "stats", "diff"})
    void withRoomEnoughTheSameRunsSucceed(String name) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FullDisk roomy = new FullDisk(Integer.MAX_VALUE);

        int code = ParallaxCommand.run(roomy, err, command(name));

        assertThat(code).isZero();
        assertThat(roomy.kept.size()).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("cannot write");
    }

    @Test
    void anInvalidModelKeepsItsExitCodeAndTheWriteFailureIsStillReported() throws IOException {
        Path bad = Files.createTempFile("bad", ".json");
        Files.writeString(bad, "{\"schemaVersion\": 1}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int code = ParallaxCommand.run(new FullDisk(0), err, "validate", bad.toString());

            assertThat(code).isEqualTo(ParallaxCommand.INPUT_ERROR);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("No space left on device");
        } finally {
            Files.delete(bad);
        }
    }

    @ParameterizedTest(name = "{0} > /dev/full")
    @ValueSource(strings = {"export", "validate-json", "stats", "diff"})
    void aRealFullDeviceIsExitOne(String name) throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists on Linux only");

        JavaRun run = JavaRun.of(full, command(name));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot write the result to standard output: No space left on device");
    }
}
