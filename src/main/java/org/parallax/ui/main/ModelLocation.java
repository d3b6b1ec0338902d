package org.parallax.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a model comes from: a file, or the copy bundled in the jar. */
public record ModelLocation(Path file, String resource) {
    /** The bundled copy of data/china-us-ai-labs.json, placed in the jar by the pom. */
    public static final String BUNDLED_RESOURCE = "/org/parallax/data/china-us-ai-labs.json";

    public static ModelLocation of(Path file) {
        return new ModelLocation(file, null);
    }

    public static ModelLocation bundled() {
        return new ModelLocation(null, BUNDLED_RESOURCE);
    }

    public static boolean bundledExists() {
        return ModelLocation.class.getResource(BUNDLED_RESOURCE) != null;
    }

    public String displayName() {
        return file != null ? file.toString() : "bundled:" + resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Reads the bytes; call off the FX thread. */
    byte[] read() throws IOException {
        if (file != null) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = ModelLocation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no bundled model " + resource);
            }
            return in.readAllBytes();
        }
    }
}
