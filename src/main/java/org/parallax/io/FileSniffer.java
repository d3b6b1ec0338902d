package org.parallax.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Recognises files that are not a model at all (an image, an archive, a PDF, UTF-16 text, binary data) from
 * their first bytes, so the user reads "this is a PNG image" rather than a JSON syntax error; and, before a byte is
 * read, paths that are not regular files at all (a folder, a named pipe, a device), which would otherwise hang the
 * reader (a FIFO with no writer) or never end ({@code /dev/zero}).
 */
public final class FileSniffer {
    private static final int BINARY_WINDOW = 8192;
    /** The file-type bits of a Unix mode ({@code S_IFMT}) and the types we name. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileSniffer() {
    }

    /**
     * Why {@code path} cannot be read as a file (following symbolic links): "a folder", "a named pipe (FIFO)",
     * "a device", ...; empty when it is a regular file or does not exist (the reader then says so itself).
     * Looks only at the file's attributes, so it never blocks.
     */
    public static Optional<String> notARegularFile(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException unknown) {
            return Optional.empty();
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("a folder, not a file");
        }
        return Optional.of(switch (unixType(path)) {
            case FIFO -> "a named pipe (FIFO), not a regular file: reading it would wait for a writer";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device, not a regular file";
            case SOCKET -> "a socket, not a regular file";
            default -> "not a regular file";
        });
    }

    private static int unixType(Path path) {
        try {
            return ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException notUnix) {
            return 0;
        }
    }

    /** What the file looks like when it is clearly not UTF-8 JSON text; empty when it may be a model. */
    static Optional<String> notAModel(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of("a PNG image");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of("a GIF image");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF document");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of("a ZIP archive (or an office document, a jar)");
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return Optional.of("a gzip archive");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of("UTF-16 text (save it as UTF-8)");
        }
        int window = Math.min(bytes.length, BINARY_WINDOW);
        for (int i = 0; i < window; i++) {
            if (bytes[i] == 0) {
                return Optional.of("binary data (it contains NUL bytes)");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
