package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 6 of issue 18 through the command line: {@code export --out LINK --force} writes through the link. */
class ExportDestinationTest {
    private static final String MODEL = "src/test/resources/models/small.json";

    @Test
    void forceWritesThroughASymbolicLinkAndKeepsIt(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.md"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());

        CliRun run = CliRun.of("export", MODEL, "--out", link.toString(), "--force");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("# ");
    }

    @Test
    void forceNeverReplacesAFifoWithAFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("out.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");

        CliRun run = CliRun.of("export", MODEL, "--out", fifo.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("export: cannot write " + fifo + ": " + fifo.toAbsolutePath()
                + " is a named pipe (FIFO)").contains("nothing was changed at that path");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }
}
