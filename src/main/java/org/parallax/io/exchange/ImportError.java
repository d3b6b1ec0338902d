package org.parallax.io.exchange;

/** The file cannot be imported at all (not REFI-QDA, unreadable, unsafe): the message says why, naming the file. */
public final class ImportError extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportError(String message) {
        super(message);
    }
}
