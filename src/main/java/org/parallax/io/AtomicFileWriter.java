package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the temp file is moved over the target.
 * A temp file left by a crash is removed on the next write to the same target.
 */
public final class AtomicFileWriter {
    /** Writes the content to the stream it is given; may throw, and then nothing at the target changes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The final step, replaceable so tests can make the move fail. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    static final String TEMP_SUFFIX = ".parallax-tmp";

    private final Mover mover;

    public AtomicFileWriter() {
        this(AtomicFileWriter::moveAtomically);
    }

    public AtomicFileWriter(Mover mover) {
        this.mover = mover;
    }

    public void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder, not a file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("folder " + folder + " does not exist");
        }
        removeStaleTemps(folder, absolute.getFileName().toString());
        Path temp = createTemp(folder, absolute);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissionsOf(absolute, temp);
            mover.move(temp, absolute);
        } catch (IOException | RuntimeException failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
    }

    public void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * A new temp file with the folder's default permissions (the umask), unlike {@code Files.createTempFile},
     * which makes it owner-only: an export must be as readable as any file the user saves.
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String unique = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
            Path temp = folder.resolve("." + target.getFileName() + "." + unique + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw taken;
                }
            }
        }
    }

    /** Replacing a file keeps its permissions, as an in-place save would. */
    private static void keepPermissionsOf(Path target, Path temp) {
        try {
            if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException notPosix) {
            // best effort: the new file keeps the folder's default permissions
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomicHere) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temp files of earlier writes to this target that did not finish (the process was killed). */
    private static void removeStaleTemps(Path folder, String targetName) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + targetName + ".*" + TEMP_SUFFIX)) {
            for (Path stale : temps) {
                Files.deleteIfExists(stale);
            }
        }
    }
}
