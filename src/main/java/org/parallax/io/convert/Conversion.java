package org.parallax.io.convert;

import java.util.Objects;

/**
 * The outcome of converting an article file: its plain text, or why it was refused (a message naming the file,
 * fit to show a user as it is). Never both.
 */
public sealed interface Conversion {
    /** The article as UTF-8 plain text: paragraphs separated by a blank line, {@code \n} line ends, no BOM. */
    record Converted(ArticleFormat format, String text) implements Conversion {
        public Converted {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The file was not converted; {@code message} says why. */
    record Refused(String message) implements Conversion {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    default boolean isConverted() {
        return this instanceof Converted;
    }
}
