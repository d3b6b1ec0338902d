package org.parallax.io.convert;

/** Thrown inside the converters when a file cannot be read as its format; becomes a {@link Conversion.Refused}. */
final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String message) {
        super(message, null, false, false);
    }
}
