package org.parallax.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code parallax ARGS} as a user does, in a JVM of its own on this test's class path (the launcher, not the
 * jar), with standard output sent where a test says ({@code /dev/full}, a file), so failures that only a real file
 * descriptor shows are seen.
 */
record JavaRun(int exitCode, String out, String err) {
    static JavaRun of(File stdout, String... args) throws IOException, InterruptedException {
        return of(stdout, List.of(), args);
    }

    /** With JVM options before the main class ({@code -Xmx48m}). */
    static JavaRun of(File stdout, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile("parallax-err", ".txt");
        Path outFile = stdout == null ? Files.createTempFile("parallax-out", ".txt") : null;
        try {
            Process process = start(stdout == null ? outFile.toFile() : stdout, errFile.toFile(), jvmOptions, args);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("parallax " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new JavaRun(process.exitValue(),
                    outFile == null ? "" : Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(errFile);
            if (outFile != null) {
                Files.deleteIfExists(outFile);
            }
        }
    }

    /** The window launched where no display can be had: DISPLAY and WAYLAND_DISPLAY unset, JavaFX's default glass. */
    static JavaRun withoutDisplay(String... args) throws IOException, InterruptedException {
        Path errFile = Files.createTempFile("parallax-err", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), "org.parallax.Launcher"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile());
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the window without a display did not exit in 120 s");
            }
            return new JavaRun(process.exitValue(), "", Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(errFile);
        }
    }

    static Process start(File stdout, File stderr, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.parallax.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout).redirectError(stderr).redirectInput(ProcessBuilder.Redirect.PIPE);
        return builder.start();
    }
}
