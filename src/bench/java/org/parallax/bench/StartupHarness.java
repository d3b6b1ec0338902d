package org.parallax.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup of the installed image on the bundled model against a bare JavaFX window packaged the same way, in
 * alternating runs, each a fresh process (decisions 0062, 0070). Per run and as medians it reports, for each program:
 * the first frame (for Parallax its loading window), the first populated frame (Parallax's comparison table with
 * rows; for the bare window the same frame as its first), and the CPU time the process had used by then, which a
 * shared machine disturbs less than wall time. Ratios are Parallax over the bare window.
 *
 * <p>Measured side by side: the image's window launcher ({@code IMAGE/bin/Parallax --exit-after-first-frame --model
 * MODEL}, with the class-data archive made when the image was built) against {@code BARE/bin/HelloFx}, a jpackage
 * image of {@link HelloFx} on the same jlink runtime with a class-data archive of its own ({@code scripts/bench.sh
 * startup} makes it); with {@code --jar JAR} also {@code java -jar JAR} for reference.
 *
 * <p>Wall times run from just before the process is started to the arrival of the line on stderr. Needs a display:
 * run under Xvfb ({@code scripts/bench.sh startup}).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar org.parallax.bench.StartupHarness [--runs N] [--image DIR]
 * [--bare-image DIR] [--jar PATH] [--model PATH]} (defaults: target/jpackage/image/Parallax,
 * target/startup/HelloFx, the bundled data/china-us-ai-labs.json; Parallax runs with preferences of its own, so a
 * user's last model or window size does not change what is measured)
 */
public final class StartupHarness {
    private static final Pattern FIRST = Pattern.compile("first frame.* after (\\d+) ms");
    private static final Pattern POPULATED = Pattern.compile("first populated frame.* after (\\d+) ms");
    private static final Pattern CPU = Pattern.compile("\\(cpu (\\d+) ms\\)");
    private static final long TIMEOUT_SECONDS = 120;

    private StartupHarness() {
    }

    /** How one program is started; {@code populatedLine}: whether it prints a separate populated-frame line. */
    record Program(String name, List<String> command, Map<String, String> environment, boolean populatedLine) {
    }

    /** One run: wall times to the first and the populated frame, CPU time at the populated frame, in ms. */
    record Run(long firstMillis, long populatedMillis, long cpuMillis) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        Path image = Path.of("target", "jpackage", "image", "Parallax");
        Path bare = Path.of("target", "startup", "HelloFx");
        String jar = null;
        String model = "data/china-us-ai-labs.json";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--image" -> image = Path.of(args[++i]);
                case "--bare-image" -> bare = Path.of(args[++i]);
                case "--jar" -> jar = args[++i];
                case "--model" -> model = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path parallaxLauncher = image.resolve("bin").resolve("Parallax");
        Path bareLauncher = bare.resolve("bin").resolve("HelloFx");
        for (Path launcher : List.of(parallaxLauncher, bareLauncher)) {
            if (!Files.isExecutable(launcher)) {
                throw new IllegalArgumentException(launcher + " not found: scripts/bench.sh startup builds the images");
            }
        }
        // the bundled model, and preferences of the harness's own: a user's last model must not be what is measured
        Path preferences = Path.of("target", "startup", "prefs").toAbsolutePath();
        String preferenceOptions = "-Djava.util.prefs.userRoot=" + preferences
                + " -Dparallax.prefsNode=parallax-startup-harness";
        List<String> parallaxArguments = List.of("--exit-after-first-frame", "--model", model);
        List<Program> programs = new ArrayList<>();
        programs.add(new Program("parallax image", concat(List.of(parallaxLauncher.toString()), parallaxArguments),
                Map.of("JAVA_TOOL_OPTIONS", preferenceOptions), true));
        programs.add(new Program("bare javafx image", List.of(bareLauncher.toString()), Map.of(), false));
        if (jar != null) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            programs.add(new Program("parallax java -jar", concat(List.of(java), List.of(preferenceOptions.split(" ")),
                    List.of("-jar", jar), parallaxArguments), Map.of(), true));
        }

        // one unmeasured run of each: file cache and font cache warm, as for a user's second launch
        for (Program program : programs) {
            measure(program);
        }
        Map<Program, List<Run>> results = new LinkedHashMap<>();
        programs.forEach(program -> results.put(program, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %2d:", i + 1));
            for (Program program : programs) {
                Run run = measure(program);
                results.get(program).add(run);
                line.append(String.format(Locale.ROOT, "  %s %d/%d ms cpu %d", program.name(), run.firstMillis(),
                        run.populatedMillis(), run.cpuMillis()));
            }
            System.out.println(line);
        }
        System.out.println("medians (first frame / first populated frame, wall ms; CPU ms at the populated frame):");
        for (Program program : programs) {
            List<Run> list = results.get(program);
            System.out.printf(Locale.ROOT, "  %-22s first %5d   populated %5d   cpu %5d%n", program.name(),
                    median(list, Run::firstMillis), median(list, Run::populatedMillis), median(list, Run::cpuMillis));
        }
        report("image vs bare image", results.get(programs.get(0)), results.get(programs.get(1)));
        if (jar != null) {
            report("java -jar vs bare image", results.get(programs.get(2)), results.get(programs.get(1)));
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static void report(String what, List<Run> parallax, List<Run> bare) {
        long populated = median(parallax, Run::populatedMillis);
        long barePopulated = median(bare, Run::populatedMillis);
        System.out.printf(Locale.ROOT, "ratio %s: first frame %.2f (target <= 1.25), first populated frame %.2f "
                        + "(target <= 1.5), cpu %.2f%n", what, (double) median(parallax, Run::firstMillis)
                        / median(bare, Run::firstMillis), (double) populated / barePopulated,
                (double) median(parallax, Run::cpuMillis) / median(bare, Run::cpuMillis));
    }

    private static Run measure(Program program) throws IOException, InterruptedException {
        List<String> command = program.command();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(program.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        long first = -1;
        long populated = -1;
        long cpu = -1;
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null && populated < 0; line = err.readLine()) {
                seen.add(line);
                long now = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                boolean populatedFrame = POPULATED.matcher(line).find();
                if (first < 0 && FIRST.matcher(line).find()) {
                    first = now;
                }
                if (populatedFrame || (!program.populatedLine() && first >= 0)) {
                    populated = now;
                    Matcher used = CPU.matcher(line);
                    cpu = used.find() ? Long.parseLong(used.group(1)) : -1;
                }
            }
            // keep reading so a process that writes more (a CDS dump at exit) never blocks on a full pipe
            err.transferTo(java.io.Writer.nullWriter());
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (populated < 0) {
            throw new IllegalStateException("no populated frame from " + String.join(" ", command) + "; stderr: "
                    + String.join("\n", seen.subList(Math.max(0, seen.size() - 20), seen.size())));
        }
        return new Run(first, populated, cpu);
    }

    private static long median(List<Run> runs, ToLongFunction<Run> value) {
        return median(runs.stream().mapToLong(value).toArray());
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

}
