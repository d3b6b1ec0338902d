package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: every failure that can be simulated leaves the earlier file untouched and no temp file.
 * Failures are injected (a body that throws, a mover that fails), not made with permissions, which root ignores.
 */
class AtomicFileWriterFailureTest {
    @TempDir
    Path folder;

    private Path earlierFile() throws IOException {
        Path target = folder.resolve("quotes.md");
        Files.writeString(target, "earlier export\n", StandardCharsets.UTF_8);
        return target;
    }

    private List<String> namesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBodyThatThrowsHalfwayChangesNothing() throws IOException {
        Path target = earlierFile();
        AtomicFileWriter writer = new AtomicFileWriter();
        assertThatThrownBy(() -> writer.write(target, out -> {
            out.write("half of the new export".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("earlier export\n");
        assertThat(namesInFolder()).containsExactly("quotes.md");
    }

    @Test
    void aBodyThatThrowsAnUncheckedFailureChangesNothing() throws IOException {
        Path target = earlierFile();
        assertThatThrownBy(() -> new AtomicFileWriter().write(target, out -> {
            out.write(new byte[10_000]);
            throw new IllegalStateException("bug in an exporter");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("earlier export\n");
        assertThat(namesInFolder()).containsExactly("quotes.md");
    }

    @Test
    void aMoverThatFailsChangesNothing() throws IOException {
        Path target = earlierFile();
        AtomicFileWriter writer = new AtomicFileWriter((from, to) -> {
            assertThat(Files.readString(from)).isEqualTo("complete new export\n"); // the temp file was whole
            throw new IOException("permission denied");
        });
        assertThatThrownBy(() -> writer.writeString(target, "complete new export\n"))
                .hasMessage("permission denied");
        assertThat(Files.readString(target)).isEqualTo("earlier export\n");
        assertThat(namesInFolder()).containsExactly("quotes.md");
    }

    @Test
    void aFolderAtTheTargetIsRefusedAndKept() throws IOException {
        Path target = Files.createDirectory(folder.resolve("export.csv"));
        Files.writeString(target.resolve("inside.txt"), "kept");
        assertThatThrownBy(() -> new AtomicFileWriter().writeString(target, "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder");
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
        assertThat(namesInFolder()).containsExactly("export.csv");
    }

    @Test
    void aMissingFolderIsReported() {
        Path target = folder.resolve("no-such-folder").resolve("out.json");
        assertThatThrownBy(() -> new AtomicFileWriter().writeString(target, "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void aStaleTempFileFromACrashIsRemovedOnTheNextWrite() throws IOException {
        Path target = earlierFile();
        // what a write killed before its move leaves: a temp file named after the target
        Path stale = folder.resolve(".quotes.md.123456" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(stale, "half of an export");
        Path otherTargetsTemp = folder.resolve(".other.md.99" + AtomicFileWriter.TEMP_SUFFIX);
        Files.writeString(otherTargetsTemp, "another target's write, maybe still running");

        new AtomicFileWriter().writeString(target, "new export\n");

        assertThat(Files.readString(target)).isEqualTo("new export\n");
        assertThat(namesInFolder()).containsExactly(".other.md.99" + AtomicFileWriter.TEMP_SUFFIX, "quotes.md");
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndLeavesNoTemp() throws IOException {
        Path target = earlierFile();
        new AtomicFileWriter().writeString(target, "new export: ünïcödé 🚀\n");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new export: ünïcödé 🚀\n");
        assertThat(namesInFolder()).containsExactly("quotes.md");
    }
}
