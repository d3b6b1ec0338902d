package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 5 of issue 18: a FIFO with no writer hung {@code validate}; a folder, a device or a FIFO given as a model
 * (or as a text to diff, or as an article) gets a clear error at once. The time bound only guards against the hang:
 * without the fix the run never returns.
 */
class NotARegularFileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static Path fifo(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("model.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            throw noMkfifo;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a FIFO here");
        return fifo;
    }

    @Test
    void aFifoWithNoWriterIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir);

        CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of("validate", fifo.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(fifo + ":0:0: io at $: this is a named pipe (FIFO)");
    }

    @Test
    void aFifoAsATextToDiffIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir);
        Path other = Files.writeString(dir.resolve("b.txt"), "Some text.", StandardCharsets.UTF_8);

        CliRun run = assertTimeoutPreemptively(HANG_GUARD,
                () -> CliRun.of("diff", "--files", fifo.toString(), other.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(fifo + ": cannot read: this is a named pipe (FIFO)");
    }

    @Test
    void aFifoAmongTheArticlesIsAProblemOfThatSourceNotAHang(@TempDir Path dir) throws Exception {
        Path sources = Files.createDirectory(dir.resolve("sources"));
        Path model = Files.copy(Path.of("src/test/resources/models/small.json"), dir.resolve("small.json"));
        Path fifo = fifo(sources);
        Files.move(fifo, sources.resolve("alpha.txt"));
        for (String name : new String[] {"beta.txt", "gamma.txt"}) {
            Files.copy(Path.of("src/test/resources/models/small-sources").resolve(name), sources.resolve(name));
        }

        CliRun run = assertTimeoutPreemptively(HANG_GUARD,
                () -> CliRun.of("validate", model.toString(), "--sources", sources.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("cannot read \"alpha.txt\": this is a named pipe (FIFO)");
    }

    @Test
    void aFolderIsRefused(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(dir + ":0:0: io at $: this is a folder, not a file");
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists on Unix only");

        CliRun zero = assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of("validate", "/dev/zero"));
        CliRun nul = CliRun.of("stats", "/dev/null");

        assertThat(zero.exitCode()).isEqualTo(1);
        assertThat(zero.out()).contains("/dev/zero:0:0: io at $: this is a device");
        assertThat(nul.exitCode()).isEqualTo(1);
        assertThat(nul.err()).contains("/dev/null:0:0: io at $: this is a device");
    }

    @Test
    void aSymbolicLinkToAModelIsReadThroughTheLink(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"),
                Path.of("src/test/resources/models/small.json").toAbsolutePath());

        CliRun run = CliRun.of("validate", link.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("valid:");
    }
}
