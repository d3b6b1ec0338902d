package org.parallax.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a command-line run of the jar in a child JVM started with the options a run of a few seconds wants, which
 * {@code java -jar} gives no way to put in the jar: the quick (C1) compiler only, the serial collector, a young
 * generation large enough that a run rarely needs a collection, and the command's class-data archive
 * ({@link ShortRunArchive}, decision 0004). On this 2-core machine the optimising compiler and the collector spent
 * more CPU than the command itself:
 * {@code export} of one theme of the 100,000-quote model took 2.9 s of CPU, 2.2 s in a child started like this, and
 * {@code diff --files} of two 10,000-word texts 1.4 s, 0.7 s; a second JVM start costs about 0.05 s (decision 0018).
 *
 * <p>Only when this process is {@code java [options] -jar <the jar this class is in> ...}: tests and the window, which
 * run in their own long-lived JVM, are untouched. The child gets the parent's JVM options after ours (so a user's
 * option wins), the same arguments, standard streams and working folder; the parent waits and exits with its code.
 * {@code -Dparallax.jit=full} or any failure to start the child runs the command in this JVM, as before.
 */
public final class ShortRunJvm {
    /** Set in the child, so it runs the command instead of starting another child. */
    static final String CHILD_PROPERTY = "parallax.shortRunChild";
    /** Set in the window's child JVM (ui.FirstFrameExit then reports times from the parent's start). */
    static final String WINDOW_CHILD_PROPERTY = "parallax.windowChild";

    private ShortRunJvm() {
    }

    /** True in the child JVM this class started. */
    static boolean isChild() {
        return Boolean.getBoolean(CHILD_PROPERTY);
    }

    /** The child's exit code when the command ran in a child JVM; empty when it is to run in this one. */
    static OptionalInt runInChild(String[] args) {
        if (isChild() || "full".equals(System.getProperty("parallax.jit"))) {
            return OptionalInt.empty();
        }
        Optional<Launch> launch = Launch.ofThisJvm();
        if (launch.isEmpty()) {
            return OptionalInt.empty();
        }
        Launch from = launch.get();
        Optional<ShortRunArchive> archive = ShortRunArchive.forRun(from.ownJar, args, userOptions(from.arguments));
        List<String> archiveOptions = archive.isPresent() ? archive.get().options() : List.of();
        Optional<List<String>> command = childCommand(from.java, from.arguments, from.ownJar,
                Runtime.getRuntime().maxMemory(), archiveOptions, args);
        return command.isEmpty() ? OptionalInt.empty() : runAndWait(command.get(), archive);
    }

    /**
     * The window in a child JVM that maps the window's class-data archive (decision 0004): the exit code when it ran
     * there; empty when it is to run in this one (a child already, not started from the jar, no archive to use or
     * write, or the child cannot start). Only the archive differs from this JVM: the window is long-lived, so it keeps
     * the JVM's default compilers and collector.
     */
    public static OptionalInt runWindowInChild() {
        if (Boolean.getBoolean(WINDOW_CHILD_PROPERTY)) {
            return OptionalInt.empty();
        }
        Optional<Launch> launch = Launch.ofThisJvm();
        if (launch.isEmpty()) {
            return OptionalInt.empty();
        }
        Launch from = launch.get();
        Optional<ShortRunArchive> archive = ShortRunArchive.forWindow(from.ownJar, userOptions(from.arguments));
        List<String> archiveOptions = archive.isPresent() ? archive.get().options() : List.of();
        if (archiveOptions.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = windowCommand(from.java, from.arguments, from.ownJar, archiveOptions);
        return command.isEmpty() ? OptionalInt.empty() : runAndWait(command.get(), archive);
    }

    /** This JVM's java binary, command line and jar, when it was started as {@code java ... -jar <our jar>}. */
    private static final class Launch {
        final Path java;
        final String[] arguments;
        final Path ownJar;

        private Launch(Path java, String[] arguments, Path ownJar) {
            this.java = java;
            this.arguments = arguments;
            this.ownJar = ownJar;
        }

        static Optional<Launch> ofThisJvm() {
            Optional<Path> ownJar = ownJar();
            Optional<String[]> started = ProcessHandle.current().info().arguments();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            if (ownJar.isEmpty() || started.isEmpty() || !Files.isExecutable(java)
                    || !startedFrom(started.get(), ownJar.get())) {
                return Optional.empty();
            }
            return Optional.of(new Launch(java, started.get(), ownJar.get()));
        }
    }

    /** Starts the child with this process's standard streams, waits for it and returns its exit code. */
    private static OptionalInt runAndWait(List<String> command, Optional<ShortRunArchive> archive) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException cannotStart) {
            // the logger only here: setting up logging would cost every parent run a few hundredths of a second
            Logger.getLogger(ShortRunJvm.class.getName()).log(Level.FINE, "running in this JVM", cannotStart);
            return OptionalInt.empty();
        }
        // a parent killed by a signal takes its child with it
        Thread stopChild = new Thread(new Destroyer(child), "parallax-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        boolean interrupted = false;
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopChild);
                if (archive.isPresent()) {
                    archive.get().afterExit(code);
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return OptionalInt.of(code);
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
    }

    /** A shutdown hook's job without a lambda: the parent runs before its code is compiled, so each one costs. */
    private static final class Destroyer implements Runnable {
        private final Process child;

        Destroyer(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }

    /** The options before {@code -jar} of this JVM's command line (empty when it was not started with one). */
    static List<String> userOptions(String[] parent) {
        int jar = List.of(parent).indexOf("-jar");
        return jar < 0 ? List.of() : List.of(parent).subList(0, jar);
    }

    /**
     * {@code JAVA OUR-OPTIONS... PARENT-OPTIONS... -jar JAR ARGS...}, when this JVM's arguments {@code parent} are
     * {@code PARENT-OPTIONS... -jar JAR ...} with JAR the jar this class is in; else empty.
     */
    static Optional<List<String>> childCommand(Path java, String[] parent, Path ownJar, long heapLimit,
                                               List<String> archiveOptions, String[] args) {
        if (!startedFrom(parent, ownJar)) {
            return Optional.empty();
        }
        int jar = List.of(parent).indexOf("-jar");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:TieredStopAtLevel=1");
        List<String> parentOptions = List.of(parent).subList(0, jar);
        // the JVM refuses two collectors, and warns (on standard output) about a young generation that does not fit
        // a heap size the user chose: leave those choices to the user when they made one
        boolean choseCollector = false;
        boolean sizedHeap = false;
        for (String option : parentOptions) {
            choseCollector |= option.startsWith("-XX:+Use") && option.endsWith("GC");
            sizedHeap |= sizesTheHeap(option);
        }
        if (!choseCollector) {
            command.add("-XX:+UseSerialGC");
        }
        if (!sizedHeap) {
            command.add("-Xmn" + youngGenerationMegabytes(heapLimit) + "m");
        }
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.addAll(archiveOptions);
        for (String option : parentOptions) {
            // the parent's own class-data archive (scripts/parallax gives the window's) is not the command's
            if (archiveOptions.isEmpty() || !isArchiveOption(option)) {
                command.add(option);
            }
        }
        command.add("-jar");
        command.add(ownJar.toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * {@code JAVA -Dparallax.windowChild=true ARCHIVE-OPTIONS... PARENT-OPTIONS... -jar JAR}, when this JVM's
     * arguments {@code parent} are {@code PARENT-OPTIONS... -jar JAR} with JAR the jar this class is in; else empty.
     */
    static Optional<List<String>> windowCommand(Path java, String[] parent, Path ownJar, List<String> archiveOptions) {
        if (!startedFrom(parent, ownJar)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-D" + WINDOW_CHILD_PROPERTY + "=true");
        command.addAll(archiveOptions);
        for (String option : userOptions(parent)) {
            if (archiveOptions.isEmpty() || !isArchiveOption(option)) {
                command.add(option);
            }
        }
        command.add("-jar");
        command.add(ownJar.toString());
        return Optional.of(command);
    }

    /** True when this JVM's arguments {@code parent} are {@code OPTIONS... -jar JAR ...} with JAR {@code ownJar}. */
    static boolean startedFrom(String[] parent, Path ownJar) {
        int jar = List.of(parent).indexOf("-jar");
        return jar >= 0 && jar + 1 < parent.length && sameFile(Path.of(parent[jar + 1]), ownJar);
    }

    private static boolean isArchiveOption(String option) {
        return option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-XX:ArchiveClassesAtExit=");
    }

    private static boolean sizesTheHeap(String option) {
        return option.startsWith("-Xms") || option.startsWith("-Xmx") || option.startsWith("-Xmn")
                || option.startsWith("-XX:") && (option.contains("HeapSize") || option.contains("NewSize")
                || option.contains("RAMPercentage") || option.contains("MaxRAM") || option.contains("NewRatio"));
    }

    /**
     * Room for what a run allocates before the first collection: half this JVM's heap limit (a quarter of the
     * memory, or the user's {@code -Xmx}), at most 1 GB. Exporting from the 100,000-quote model allocates about
     * 480 MB in all; in the default young generation the serial collector stopped it twice to copy the growing model
     * (0.25 s), with this room not at all. Memory is only taken as it is allocated.
     */
    static long youngGenerationMegabytes(long limit) {
        long half = (limit == Long.MAX_VALUE ? 2048L << 20 : limit / 2) >> 20;
        return Math.max(16, Math.min(1024, half));
    }

    private static Optional<Path> ownJar() {
        try {
            Path location = Path.of(ShortRunJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
