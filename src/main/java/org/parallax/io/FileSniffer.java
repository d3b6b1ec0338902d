package org.parallax.io;

import java.util.Optional;

/**
 * Recognises files that are not a model at all (an image, an archive, a PDF, UTF-16 text, binary data) from
 * their first bytes, so the user reads "this is a PNG image" rather than a JSON syntax error.
 */
final class FileSniffer {
    private static final int BINARY_WINDOW = 8192;

    private FileSniffer() {
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
