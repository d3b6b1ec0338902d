package org.parallax.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parallax.io.SourceFolder;

/**
 * What a model file on disk was when Parallax last read or wrote it: its size, modification time and content hash.
 * Comparing a new stamp with the kept one tells whether someone else changed the file meanwhile; a touched file with
 * the same bytes is not a change.
 */
public record DiskStamp(boolean exists, long size, long modifiedMillis, String sha256) {
    public static final DiskStamp ABSENT = new DiskStamp(false, -1, -1, null);

    public static DiskStamp of(Path file) throws IOException {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            byte[] bytes = Files.readAllBytes(file);
            return new DiskStamp(true, bytes.length, modified, SourceFolder.sha256(bytes));
        } catch (NoSuchFileException absent) {
            return ABSENT;
        }
    }

    public static DiskStamp ofBytes(byte[] bytes, long modifiedMillis) {
        return new DiskStamp(true, bytes.length, modifiedMillis, SourceFolder.sha256(bytes));
    }

    /** True when the file now holds other bytes than this stamp says (or appeared, or went away). */
    public boolean differsFrom(DiskStamp now) {
        if (exists != now.exists) {
            return true;
        }
        return exists && (size != now.size || !sha256.equals(now.sha256));
    }
}
