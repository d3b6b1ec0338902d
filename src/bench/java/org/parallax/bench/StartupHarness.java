package org.parallax.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup to first frame: Parallax on the bundled model (to the first frame showing the populated comparison
 * table) against a bare JavaFX window, in alternating runs, each a fresh JVM. Reports per-run times, the medians
 * and their ratio (target: Parallax at most 1.25x the bare window).
 *
 * <p>Measured from just before the process is started to the moment its "first frame" line arrives on stderr;
 * both programs print that line from the first post-layout pulse that shows their content and exit. Needs a
 * display: run under Xvfb ({@code scripts/bench-startup.sh}).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar org.parallax.bench.StartupHarness [--runs N] [--jar PATH]
 * [--hello-classpath CP]}
 */
public final class StartupHarness {
    private static final Pattern SELF_REPORTED = Pattern.compile("first frame.* after (\\d+) ms");
    private static final long TIMEOUT_SECONDS = 120;

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        String jar = "target/parallax.jar";
        // HelloFx lives in benchmarks.jar; JavaFX is found first in parallax.jar, as for Parallax itself
        String helloClasspath = "target/parallax.jar" + File.pathSeparator + "target/benchmarks.jar";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jar" -> jar = args[++i];
                case "--hello-classpath" -> helloClasspath = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalArgumentException(jar + " not found: build it with mvn -B -o -Pbench package -DskipTests");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> parallax = List.of(java, "-Dparallax.exitAfterFirstFrame=true", "-jar", jar);
        List<String> hello = List.of(java, "-cp", helloClasspath, HelloFx.Main.class.getName());

        // one unmeasured run of each: file cache and font cache warm, as for a user's second launch
        measure(parallax);
        measure(hello);
        List<Run> parallaxRuns = new ArrayList<>();
        List<Run> helloRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            parallaxRuns.add(measure(parallax));
            helloRuns.add(measure(hello));
            System.out.printf(Locale.ROOT, "run %2d: parallax %5d ms (self %5d)   bare javafx %5d ms (self %5d)%n", i + 1,
                    parallaxRuns.get(i).wallMillis, parallaxRuns.get(i).selfMillis, helloRuns.get(i).wallMillis,
                    helloRuns.get(i).selfMillis);
        }
        long parallaxMedian = median(parallaxRuns.stream().mapToLong(Run::wallMillis).toArray());
        long helloMedian = median(helloRuns.stream().mapToLong(Run::wallMillis).toArray());
        long parallaxSelf = median(parallaxRuns.stream().mapToLong(Run::selfMillis).toArray());
        long helloSelf = median(helloRuns.stream().mapToLong(Run::selfMillis).toArray());
        System.out.printf(Locale.ROOT, "median: parallax %d ms, bare javafx %d ms, ratio %.2f (target <= 1.25)%n",
                parallaxMedian, helloMedian, (double) parallaxMedian / helloMedian);
        System.out.printf(Locale.ROOT, "median since JVM start (self-reported): parallax %d ms, bare javafx %d ms, ratio %.2f%n",
                parallaxSelf, helloSelf, (double) parallaxSelf / helloSelf);
    }

    record Run(long wallMillis, long selfMillis) {
    }

    private static Run measure(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        long wall = -1;
        long self = -1;
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                seen.add(line);
                Matcher frame = SELF_REPORTED.matcher(line);
                if (frame.find()) {
                    wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    self = Long.parseLong(frame.group(1));
                    break;
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (wall < 0) {
            throw new IllegalStateException("no first frame from " + String.join(" ", command) + "; stderr: "
                    + String.join("\n", seen.subList(Math.max(0, seen.size() - 20), seen.size())));
        }
        return new Run(wall, self);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
