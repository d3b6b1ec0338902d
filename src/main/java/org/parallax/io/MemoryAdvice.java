package org.parallax.io;

import java.util.Locale;

/**
 * What to tell a user whose model did not fit in the memory the JVM was given, instead of "Java heap space"
 * (issue 18, defect 2): that the model is too large for this memory, how much was given, and how to give more.
 */
public final class MemoryAdvice {
    private static final long MB = 1024 * 1024;

    private MemoryAdvice() {
    }

    /** For a model file of {@code fileBytes} bytes (negative when unknown) that ran out of memory. */
    public static String modelTooLarge(long fileBytes) {
        String file = fileBytes < 0 ? "the model" : "the model (" + megabytes(fileBytes) + ")";
        return file + " is too large for the memory this run was given (at most " + megabytes(maxHeap())
                + "); " + howToGiveMore();
    }

    /** For a run that ran out of memory elsewhere (an export, a diff). */
    public static String outOfMemory() {
        return "this run needs more memory than it was given (at most " + megabytes(maxHeap()) + "); "
                + howToGiveMore();
    }

    private static String howToGiveMore() {
        String suggested = suggestedHeap();
        return "give it more with the Java option -Xmx" + suggested + ", e.g. java -Xmx" + suggested
                + " -jar parallax.jar ..., or for any launcher JAVA_TOOL_OPTIONS=-Xmx" + suggested;
    }

    /** Twice the current maximum, in whole gigabytes (at least 1g). */
    static String suggestedHeap() {
        long gigabytes = Math.max(1, (2 * maxHeap() + 1024 * MB - 1) / (1024 * MB));
        return gigabytes + "g";
    }

    private static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + MB / 2) / MB);
    }
}
