package org.parallax.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Tells the JVM not to use its optimising (C2) compiler in a short command-line run, the in-process equivalent of
 * {@code -XX:TieredStopAtLevel=1}, which {@code java -jar} gives no way to set. An export of a 100,000-quote model
 * runs for a few seconds; profiling showed the JVM spending about as much CPU compiling its hot loops with C2 as
 * running them, on a 2-core machine where that compiler competes with the export itself. The quick (C1) compiler
 * alone halves the CPU time of such a run (decision 0016).
 *
 * <p>Done with a compiler directive through the JVM's diagnostic-command MBean (what {@code jcmd
 * Compiler.directives_add} does), on a daemon thread so the command does not wait for it. Only when the process was
 * started from the application jar ({@code java -jar parallax.jar ...}): a test runner or the window calling the
 * command in its own long-lived JVM keeps its optimising compiler. Any failure leaves the JVM as it was.
 * {@code -Dparallax.jit=full} turns it off.
 */
final class ShortRunCompilation {
    private static final Logger LOG = Logger.getLogger(ShortRunCompilation.class.getName());
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompilation() {
    }

    /** Starts adding the directive in the background when this is a command-line run of the jar. */
    static void startIfCommandLineRun() {
        if (ShortRunJvm.isChild() || "full".equals(System.getProperty("parallax.jit")) || !startedFromOwnJar()) {
            return;
        }
        Thread thread = new Thread(ShortRunCompilation::addDirective, "parallax-short-run-compilation");
        thread.setDaemon(true);
        thread.start();
    }

    /** True when the JVM's main jar ({@code java -jar X.jar}) is the jar this class was loaded from. */
    private static boolean startedFromOwnJar() {
        String command = System.getProperty("sun.java.command", "");
        int space = command.indexOf(' ');
        String first = space < 0 ? command : command.substring(0, space);
        if (!first.endsWith(".jar")) {
            return false;
        }
        try {
            Path mainJar = Path.of(first).toAbsolutePath().normalize();
            Path ownJar = Path.of(ShortRunCompilation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
            return mainJar.equals(ownJar);
        } catch (URISyntaxException | RuntimeException unknown) {
            return false;
        }
    }

    private static void addDirective() {
        Path file = null;
        try {
            file = Files.createTempFile("parallax-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
        } catch (IOException | JMException | RuntimeException unavailable) {
            LOG.log(Level.FINE, "the JVM keeps its optimising compiler", unavailable);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            LOG.log(Level.FINE, "cannot delete " + file, ignored);
        }
    }
}
