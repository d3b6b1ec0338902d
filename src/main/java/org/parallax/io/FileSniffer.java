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

    /** What a file that is not a model looks like, and the byte offset that shows it. */
    record Sniffed(String what, int at) {
        Sniffed(String what) {
            this(what, 0);
        }
    }

    /**
     * What the file looks like when it is clearly not UTF-8 JSON text; empty when it may be a model. A NUL byte is
     * located where it is (a text file never holds one), so a NUL on line 97 is reported on line 97.
     */
    static Optional<Sniffed> notAModel(byte[] bytes) {
        return signature(bytes).map(Sniffed::new).or(() -> firstNul(bytes));
    }

    private static Optional<Sniffed> firstNul(byte[] bytes) {
        int window = Math.min(bytes.length, BINARY_WINDOW);
        for (int i = 0; i < window; i++) {
            if (bytes[i] == 0) {
                return Optional.of(new Sniffed(i == 0 ? "binary data (it starts with a NUL byte)"
                        : "binary data, not text: it holds a NUL byte (0x00) here", i));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> signature(byte[] bytes) {
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
        if (startsWith(bytes, 0xFF, 0xFE, 0, 0) || startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
            return Optional.of("UTF-32 text (save it as UTF-8)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF)) {
            return Optional.of("UTF-8 text that starts with two byte order marks (remove one)");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of("UTF-16 text (save it as UTF-8)");
        }
        if (bytes.length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0) {
            return Optional.of("UTF-16 text without a byte order mark (save it as UTF-8)");
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0) {
            return Optional.of("UTF-16 text without a byte order mark (save it as UTF-8)");
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
