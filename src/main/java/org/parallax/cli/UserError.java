package org.parallax.cli;

/** A wrong input or request, reported as its message alone (no stack trace) with exit code 1. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(String message) {
        this(message, ParallaxCommand.INPUT_ERROR);
    }

    public UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
