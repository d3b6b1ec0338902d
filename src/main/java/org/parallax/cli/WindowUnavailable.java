package org.parallax.cli;

/** What the launcher prints when JavaFX cannot start a window (no display, or on Linux no GTK 3): no stack trace. */
public final class WindowUnavailable {
    private WindowUnavailable() {
    }

    public static String message(UnsupportedOperationException cause) {
        return "parallax: the window cannot start: " + cause.getMessage() + ". It needs a display and, on Linux,"
                + " GTK 3 (Debian and Ubuntu: the libgtk-3-0 package). The command line works without either:"
                + " parallax --help";
    }

    /** Prints the message to standard error and returns the exit code (1). */
    public static int report(UnsupportedOperationException cause) {
        System.err.println(message(cause));
        return 1;
    }
}
