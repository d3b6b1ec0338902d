package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects 6 and 7 of issue 18. {@code --out FILE --force} replaced a symbolic link or a device with a regular file;
 * a read-only folder's error named the temp file and never said why. Special files are made in a temp folder (a
 * FIFO, a device node where the test may make one), never the system's own {@code /dev/null}.
 */
class AtomicFileWriterTargetsTest {
    @TempDir
    Path folder;

    private List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (IOException missing) {
            return false;
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndKept() throws IOException {
        Path real = Files.writeString(Files.createDirectory(folder.resolve("real")).resolve("quotes.md"), "old\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.md"), Path.of("real/quotes.md"));

        new AtomicFileWriter().writeString(link, "new\n");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real/quotes.md"));
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(namesIn(folder.resolve("real"))).containsExactly("quotes.md");
    }

    @Test
    void aChainOfLinksEndsAtItsFile() throws IOException {
        Path real = Files.writeString(folder.resolve("real.md"), "old\n");
        Path first = Files.createSymbolicLink(folder.resolve("first.md"), real);
        Path second = Files.createSymbolicLink(folder.resolve("second.md"), first.getFileName());

        new AtomicFileWriter().writeString(second, "new\n");

        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aDanglingLinkCreatesTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.md"), Path.of("made.md"));

        new AtomicFileWriter().writeString(link, "new\n");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(folder.resolve("made.md"))).isEqualTo("new\n");
    }

    @Test
    void aLinkLoopIsAnError() throws IOException {
        Path a = folder.resolve("a.md");
        Path b = folder.resolve("b.md");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());

        assertThatThrownBy(() -> new AtomicFileWriter().writeString(a, "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("too many symbolic links");
        assertThat(Files.isSymbolicLink(a)).isTrue();
    }

    @Test
    void aFifoIsLeftAsItIsNotReplacedByAFile() throws Exception {
        Path fifo = folder.resolve("out.md");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");

        assertThatThrownBy(() -> new AtomicFileWriter().writeString(fifo, "x"))
                .isInstanceOf(IOException.class)
                .hasMessage(fifo.toAbsolutePath() + " is a named pipe (FIFO), not a regular file: reading it would "
                        + "wait for a writer; it is left as it is");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(namesIn(folder)).containsExactly("out.md");
    }

    @Test
    void aDeviceIsLeftAsItIsNotReplacedByAFile() throws Exception {
        Path device = folder.resolve("null");
        // a character device like /dev/null (major 1, minor 3), made here: only root may, so elsewhere this is skipped
        assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "cannot make a device node here");
        Path link = Files.createSymbolicLink(folder.resolve("link-to-device"), device.getFileName());

        assertThatThrownBy(() -> new AtomicFileWriter().writeString(device, "x"))
                .hasMessageContaining("is a device, not a regular file; it is left as it is");
        assertThatThrownBy(() -> new AtomicFileWriter().writeString(link, "x"))
                .hasMessageContaining(device.toAbsolutePath() + " is a device");
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFolderThatRefusesNewFilesSaysSoAndNeverNamesTheTempFile() throws IOException {
        Path target = Files.writeString(folder.resolve("quotes.md"), "earlier\n");
        // what Files.createFile throws in a folder the user may not write to: the temp file's path, and nothing else
        AtomicFileWriter writer = new AtomicFileWriter((from, to) -> { }, temp -> {
            throw new AccessDeniedException(temp.toString());
        });

        assertThatThrownBy(() -> writer.writeString(target, "new\n"))
                .isInstanceOf(IOException.class)
                .hasMessage("permission denied: cannot create a file in the folder " + folder.toAbsolutePath())
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(AtomicFileWriter.TEMP_SUFFIX));
        assertThat(Files.readString(target)).isEqualTo("earlier\n");
    }

    @Test
    void aReadOnlyFileSystemGivesTheSystemsReason() {
        AtomicFileWriter writer = new AtomicFileWriter((from, to) -> { }, temp -> {
            throw new FileSystemException(temp.toString(), null, "Read-only file system");
        });

        assertThatThrownBy(() -> writer.writeString(folder.resolve("x.md"), "x"))
                .hasMessage("read-only file system: cannot create a file in the folder " + folder.toAbsolutePath());
    }

    @Test
    void aMoveThatIsRefusedNamesTheTargetNotTheTemp() throws IOException {
        Path target = Files.writeString(folder.resolve("quotes.md"), "earlier\n");
        AtomicFileWriter writer = new AtomicFileWriter((from, to) -> {
            throw new AccessDeniedException(from.toString(), to.toString(), null);
        });

        assertThatThrownBy(() -> writer.writeString(target, "new\n"))
                .hasMessage("permission denied: cannot replace " + target.toAbsolutePath());
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("earlier\n");
        assertThat(namesIn(folder)).containsExactly("quotes.md");
    }

    @Test
    void aReallyReadOnlyFolderSaysPermissionDenied() throws IOException {
        Path readOnly = Files.createDirectory(folder.resolve("rodir"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(readOnly), "root writes anywhere: the injected refusal above covers this");

            assertThatThrownBy(() -> new AtomicFileWriter().writeString(readOnly.resolve("x.md"), "x"))
                    .hasMessage("permission denied: cannot create a file in the folder " + readOnly.toAbsolutePath());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
