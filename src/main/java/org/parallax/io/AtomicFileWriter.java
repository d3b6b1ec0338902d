package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

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

    /** Makes the empty temp file; replaceable so tests can make it fail as a read-only folder does. */
    @FunctionalInterface
    interface TempMaker {
        Path create(Path temp) throws IOException;
    }

    static final String TEMP_SUFFIX = ".parallax-tmp";
    /** As Linux's {@code MAXSYMLINKS}: more links than this in a row is a loop. */
    private static final int MAX_LINKS = 40;

    private final Mover mover;
    private final TempMaker temps;

    public AtomicFileWriter() {
        this(AtomicFileWriter::moveAtomically);
    }

    public AtomicFileWriter(Mover mover) {
        this(mover, Files::createFile);
    }

    AtomicFileWriter(Mover mover, TempMaker temps) {
        this.mover = mover;
        this.temps = temps;
    }

    /**
     * Writes {@code target} atomically. A symbolic link is written through (the file it points to is replaced and the
     * link kept); a folder, a device, a FIFO or a socket at the target is refused, never replaced by a regular file.
     * A failure's message names the user's file or folder and says why, never the temp file.
     */
    public void write(Path target, Body body) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path folder = absolute.getParent();
        if (Files.exists(absolute)) {
            Optional<String> notAFile = FileSniffer.notARegularFile(absolute);
            if (notAFile.isPresent()) {
                throw new IOException(absolute + " is " + notAFile.get() + "; it is left as it is");
            }
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("folder " + folder + " does not exist");
        }
        Path temp;
        try {
            removeStaleTemps(folder, absolute.getFileName().toString());
            temp = createTemp(folder, absolute);
        } catch (FileSystemException refused) {
            throw explained(refused, "cannot create a file in the folder " + folder);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissionsOf(absolute, temp);
            try {
                mover.move(temp, absolute);
            } catch (FileSystemException refused) {
                throw explained(refused, "cannot replace " + absolute);
            }
        } catch (IOException | RuntimeException failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
    }

    /**
     * The file a chain of symbolic links ends at (a link that dangles ends at the path it names, which the write then
     * creates, as a shell's {@code >} does); {@code path} itself when it is no link.
     */
    private static Path throughLinks(Path path) throws IOException {
        Path current = path;
        for (int links = 0; Files.isSymbolicLink(current); links++) {
            if (links == MAX_LINKS) {
                throw new IOException(path + ": too many symbolic links in a row (a loop?)");
            }
            Path next = Files.readSymbolicLink(current);
            current = current.resolveSibling(next).normalize();
        }
        return current;
    }

    /**
     * A file-system refusal as a reason a user can act on. The JDK's own message is only the path it failed on (for a
     * failed temp file, a name the user never chose), or that path and the system's reason.
     */
    private static IOException explained(FileSystemException refused, String what) {
        String reason;
        if (refused instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (refused.getReason() != null) {
            reason = refused.getReason().toLowerCase(java.util.Locale.ROOT);
        } else if (refused instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else {
            reason = refused.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
        }
        IOException explained = new IOException(reason + ": " + what);
        explained.initCause(refused);
        return explained;
    }

    public void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * A new temp file with the folder's default permissions (the umask), unlike {@code Files.createTempFile},
     * which makes it owner-only: an export must be as readable as any file the user saves.
     */
    private Path createTemp(Path folder, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String unique = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
            Path temp = folder.resolve("." + target.getFileName() + "." + unique + TEMP_SUFFIX);
            try {
                return temps.create(temp);
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
