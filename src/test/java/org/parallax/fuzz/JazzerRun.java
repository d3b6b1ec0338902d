package org.parallax.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Jazzer's own driver ({@code com.code_intelligence.jazzer.Jazzer}) on a class's {@code fuzzerTestOneInput} in a
 * JVM of its own, seeded with given inputs, for a number of seconds (decisions 0083, 0150). Crashes and hangs
 * (one input over {@code -timeout} seconds) are written to a findings folder, then copied where the class's
 * fuzz test replays them in every later build.
 *
 * <p>System properties: {@code parallax.fuzz.seconds} (the run's length; each class has its own default) and
 * {@code parallax.fuzz.keepGoing=true} (go on after a finding and collect every distinct one, for a long run).
 */
public final class JazzerRun {
    /** What the run did: whether it ended in time, Jazzer's exit code, its log, the findings kept, runs made. */
    public record Outcome(boolean finished, int exitCode, String log, List<Path> findings, long runs) {
        public String tail() {
            return log.length() < 4000 ? log : log.substring(log.length() - 4000);
        }
    }

    /** From this length on a run instruments the libraries too (see {@link #run}). */
    static final int LONG_RUN_SECONDS = 60;
    private static final String PARALLAX = "org.parallax.**";
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    /**
     * What a message shown to a user must not carry: a Java class name (qualified, or a simple name ending in
     * Exception or Error) or a stack trace line.
     */
    private static final Pattern LEAK = Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|net)\\.[a-z0-9_]+\\.[\\w.$]*"
            + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|^\\s*at [\\w.$]+\\(|\\tat |\\.java:\\d+\\)",
            Pattern.MULTILINE);

    private JazzerRun() {
    }

    /** A driver input: {@code selector} as the first byte (which target or format), then {@code payload}. */
    public static byte[] prefixed(int selector, byte[] payload) {
        byte[] input = new byte[payload.length + 1];
        input[0] = (byte) selector;
        System.arraycopy(payload, 0, input, 1, payload.length);
        return input;
    }

    public static int seconds(int byDefault) {
        return Integer.getInteger("parallax.fuzz.seconds", byDefault);
    }

    public static boolean keepGoing() {
        return Boolean.getBoolean("parallax.fuzz.keepGoing");
    }

    /**
     * Fails unless {@code message} is fit to show a user: not blank, naming {@code fileName} when given, and with no
     * class name or stack trace that is not an echo of the input itself (a name inside a fuzzed file may read
     * {@code java.lang.Foo}; the program did not put it there).
     */
    public static void checkMessage(String message, String fileName, byte[] input) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("an empty message");
        }
        if (fileName != null && !message.contains(fileName)) {
            throw new AssertionError("a message that does not name the file " + fileName + ": " + message);
        }
        Matcher leak = LEAK.matcher(message);
        String utf8 = new String(input, StandardCharsets.UTF_8);
        String latin1 = new String(input, StandardCharsets.ISO_8859_1);
        while (leak.find()) {
            String found = leak.group().strip();
            if (!utf8.contains(found) && !latin1.contains(found)) {
                throw new AssertionError("a message naming Java's internals (\"" + found + "\"): " + message);
            }
        }
    }

    /**
     * Runs Jazzer on {@code target.fuzzerTestOneInput} for {@code seconds}, seeded with {@code seeds}, coverage
     * taken from the packages {@code instrumented} lists (Jazzer's {@code --instrumentation_includes}) in a run of
     * {@value #LONG_RUN_SECONDS} s or more, from Parallax's own in a shorter one. Findings are
     * copied into {@code keepIn} (the fuzz test's inputs folder) as {@code found-NAME}.
     */
    public static Outcome run(Class<?> target, Path work, List<byte[]> seeds, String instrumented, int seconds,
                              int maxLength, int hangSeconds, Path keepIn) throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path findings = Files.createDirectories(work.resolve("findings"));
        for (int i = 0; i < seeds.size(); i++) {
            Files.write(corpus.resolve("seed-" + i), seeds.get(i));
        }
        // A short run (the one in every build) takes coverage and hooks from Parallax's classes only, on the quick
        // JIT: instrumenting a library as large as POI costs more than the run itself. A long run takes everything.
        boolean shortRun = seconds < LONG_RUN_SECONDS;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Xss4m",
                shortRun ? "-XX:TieredStopAtLevel=1" : "-XX:+TieredCompilation",
                "-cp", System.getProperty("java.class.path"), "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.getName(),
                "--instrumentation_includes=" + (shortRun ? PARALLAX : instrumented),
                "--reproducer_path=" + work,
                "-max_total_time=" + seconds, "-timeout=" + hangSeconds, "-rss_limit_mb=0",
                "-max_len=" + maxLength, "-artifact_prefix=" + findings + "/", corpus.toString()));
        if (shortRun) {
            command.add(command.indexOf("--reproducer_path=" + work), "--custom_hook_includes=" + PARALLAX);
        }
        if (keepGoing()) {
            command.add(command.indexOf("--reproducer_path=" + work), "--keep_going=1000");
        }
        Path log = work.resolve("jazzer.log");
        long started = System.nanoTime();
        Process jazzer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // the driver's start (a JVM, instrumentation, running every seed) comes on top of its -max_total_time
        boolean finished = jazzer.waitFor(2L * seconds + 300L + hangSeconds, TimeUnit.SECONDS);
        if (!finished) {
            jazzer.destroyForcibly().waitFor();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Path kept = Path.of("target", "fuzz", target.getSimpleName() + ".log");
        Files.createDirectories(kept.getParent());
        Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // read it after a failed run
        List<Path> found;
        try (Stream<Path> files = Files.list(findings)) {
            found = files.sorted().toList();
        }
        List<Path> copies = new ArrayList<>();
        for (Path finding : found) {
            Files.createDirectories(keepIn);
            Path copy = keepIn.resolve("found-" + finding.getFileName());
            Files.copy(finding, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            copies.add(copy);
        }
        long runs = -1;
        Matcher done = DONE.matcher(text);
        while (done.find()) {
            runs = Long.parseLong(done.group(1));
        }
        System.out.println(target.getSimpleName() + ": Jazzer ran " + runs + " inputs in " + seconds + " s of fuzzing ("
                + (System.nanoTime() - started) / 1_000_000_000 + " s with its start), "
                + copies.size() + " findings" + (copies.isEmpty() ? "" : " kept in " + keepIn) + "; log in " + kept);
        return new Outcome(finished, finished ? jazzer.exitValue() : -1, text, copies, runs);
    }
}
