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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Startup of Parallax on the bundled model against a bare JavaFX window, in alternating runs, each a fresh JVM
 * (decisions 0062, 0063). Per run and as medians it reports, for each program: the first frame (for Parallax its
 * loading window), the first populated frame (Parallax's comparison table with rows; for the bare window the same
 * frame as its first), and the CPU time the process had used by then, which a shared machine disturbs less than
 * wall time. Ratios are Parallax over the bare window.
 *
 * <p>Measured side by side: {@code java -jar target/parallax.jar} (which opens the window in a child JVM with its
 * class-data archive, decision 0004; the archive is written by the warm-up run) and the same with
 * {@code -Dparallax.cds=off} (one JVM, no archive) against {@code java -cp ... HelloFx$Main}, no JVM options; with
 * {@code --bare-cds} also the bare window with an archive of its own made the same way ({@code
 * -XX:ArchiveClassesAtExit} in the warm-up run, then {@code -XX:SharedArchiveFile}), for a comparison of equals.
 * The CPU Parallax reports in its child JVM includes the parent's.
 *
 * <p>Wall times run from just before the process is started to the arrival of the line on stderr. Needs a display:
 * run under Xvfb ({@code scripts/bench.sh startup}).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar org.parallax.bench.StartupHarness [--runs N] [--jar PATH]
 * [--hello-classpath CP] [--bare-cds] [--cds-dir DIR] [--model PATH]}
 * (default model: the bundled data/china-us-ai-labs.json; Parallax runs with preferences of its own under the CDS
 * folder, so a user's last model or window size does not change what is measured)
 */
public final class StartupHarness {
    private static final Pattern FIRST = Pattern.compile("first frame.* after (\\d+) ms");
    private static final Pattern POPULATED = Pattern.compile("first populated frame.* after (\\d+) ms");
    private static final Pattern CPU = Pattern.compile("\\(cpu (\\d+) ms\\)");
    private static final long TIMEOUT_SECONDS = 120;

    private StartupHarness() {
    }

    /** How one program is started; {@code populatedLine}: whether it prints a separate populated-frame line. */
    record Program(String name, List<String> warmUp, List<String> command, Map<String, String> environment,
            boolean populatedLine) {
    }

    /** One run: wall times to the first and the populated frame, CPU time at the populated frame, in ms. */
    record Run(long firstMillis, long populatedMillis, long cpuMillis) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        String jar = "target/parallax.jar";
        // HelloFx lives in benchmarks.jar; JavaFX is found first in parallax.jar, as for Parallax itself
        String helloClasspath = "target/parallax.jar" + File.pathSeparator + "target/benchmarks.jar";
        boolean withBareArchive = false;
        Path cdsDir = Path.of("target", "startup-cds");
        String model = "data/china-us-ai-labs.json";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jar" -> jar = args[++i];
                case "--hello-classpath" -> helloClasspath = args[++i];
                case "--bare-cds" -> withBareArchive = true;
                case "--cds-dir" -> cdsDir = Path.of(args[++i]);
                case "--model" -> model = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalArgumentException(jar + " not found: build it with mvn -B -o -Pbench package -DskipTests");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String exitFlag = "-Dparallax.exitAfterFirstFrame=true";
        // the bundled model, and preferences of the harness's own: a user's last model must not be what is measured
        Path preferences = cdsDir.resolve("prefs");
        List<String> parallaxOptions = List.of(exitFlag, "-Dparallax.model=" + model,
                "-Djava.util.prefs.userRoot=" + preferences, "-Dparallax.prefsNode=parallax-startup-harness");
        String hello = HelloFx.Main.class.getName();
        List<Program> programs = new ArrayList<>();
        deleteArchives(cdsDir);
        Files.createDirectories(cdsDir);
        // java -jar maps the window's class-data archive in a child JVM (decision 0004): its warm-up run writes it
        Map<String, String> archiveFolder = Map.of("PARALLAX_CDS_DIR", cdsDir.toString());
        List<String> parallax = concat(List.of(java), parallaxOptions, List.of("-jar", jar));
        programs.add(new Program("parallax java -jar", parallax, parallax, archiveFolder, true));
        programs.add(plain("bare javafx", List.of(java, "-cp", helloClasspath, hello), false));
        programs.add(plain("parallax no archive",
                concat(List.of(java), parallaxOptions, List.of("-Dparallax.cds=off", "-jar", jar)), true));
        if (withBareArchive) {
            String archive = cdsDir.resolve("hello.jsa").toString();
            programs.add(new Program("bare javafx+CDS",
                    List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-cp", helloClasspath, hello),
                    List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-cp", helloClasspath, hello),
                    Map.of(), false));
        }

        // one unmeasured run of each: file cache and font cache warm (and CDS archives written), as for a user's
        // second launch
        for (Program program : programs) {
            measure(program, program.warmUp());
        }
        Map<Program, List<Run>> results = new LinkedHashMap<>();
        programs.forEach(program -> results.put(program, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %2d:", i + 1));
            for (Program program : programs) {
                Run run = measure(program, program.command());
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
        report("plain", results.get(programs.get(0)), results.get(programs.get(1)));
        report("no archive vs bare", results.get(programs.get(2)), results.get(programs.get(1)));
        if (withBareArchive) {
            report("java -jar vs bare+CDS", results.get(programs.get(0)), results.get(programs.get(3)));
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

    private static Program plain(String name, List<String> command, boolean populatedLine) {
        return new Program(name, command, command, Map.of(), populatedLine);
    }

    private static void report(String what, List<Run> parallax, List<Run> bare) {
        long populated = median(parallax, Run::populatedMillis);
        long barePopulated = median(bare, Run::populatedMillis);
        System.out.printf(Locale.ROOT, "ratio %s: first populated frame %.2f (target <= 1.25), first frame %.2f, "
                        + "cpu %.2f%n", what, (double) populated / barePopulated,
                (double) median(parallax, Run::firstMillis) / median(bare, Run::firstMillis),
                (double) median(parallax, Run::cpuMillis) / median(bare, Run::cpuMillis));
    }

    private static Run measure(Program program, List<String> command) throws IOException, InterruptedException {
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

    private static void deleteArchives(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsa")).toList()) {
                Files.delete(file);
            }
        }
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
