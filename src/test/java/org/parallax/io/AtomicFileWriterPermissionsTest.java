package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written atomically is as readable as any file saved in its folder, not owner-only like a temp file. */
class AtomicFileWriterPermissionsTest {
    @TempDir
    Path folder;

    @Test
    void aNewFileGetsTheFoldersDefaultPermissionsNotOwnerOnly() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt")); // what the umask gives any new file
        Path written = folder.resolve("export.csv");

        new AtomicFileWriter().writeString(written, "a,b\r\n");

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path target = folder.resolve("model.json");
        Files.writeString(target, "{}");
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, groupWritable);

        new AtomicFileWriter().writeString(target, "{\"schemaVersion\": 1}");

        assertThat(Files.readString(target)).isEqualTo("{\"schemaVersion\": 1}");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(groupWritable);
    }
}
