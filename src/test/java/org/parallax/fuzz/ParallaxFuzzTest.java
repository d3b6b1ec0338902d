package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.analysis.diff.DiffSpan;
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.diff.TextComparison;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.ModelWriter;
import org.parallax.io.Problem;

/**
 * Coverage-guided fuzzing (Jazzer) of the model loader and the word diff.
 *
 * <p>In {@code mvn verify} the {@link FuzzTest} methods replay their seeds (regression mode): the hostile-model corpus
 * and the bad models, every finding kept under src/test/resources/org/parallax/fuzz/ParallaxFuzzTestInputs. Then
 * {@link #aShortCoverageGuidedRunFindsNothing} fuzzes for real, in a JVM of its own running Jazzer's driver on
 * {@link #fuzzerTestOneInput}, for {@code -Dparallax.fuzz.seconds} (default 15; the long run is documented in
 * docs/testing.md: {@code mvn -o test -Dtest=ParallaxFuzzTest -Dparallax.fuzz.seconds=1800}). A crash or a hang it
 * finds fails the test and names the input file, which then goes into the inputs folder as a regression case.
 */
class ParallaxFuzzTest {
    private static final Pattern JARGON = Pattern.compile("VALUE_[A-Z]+|JsonReadFeature|end-of-input|CTRL-CHAR|`"
            + "|\\[Source:|Exception|\\(code \\d+\\)");
    private static final TextComparer COMPARER = new TextComparer(Lexicons.bundled());
    private static final Path INPUTS = Path.of("src/test/resources/org/parallax/fuzz/ParallaxFuzzTestInputs");
    /** Raw driver inputs that a coverage-guided run found, replayed by {@link #theFindingsKeptReplayClean}. */
    private static final Path FOUND = INPUTS.resolve("found");

    /** The model loader never throws, locates every problem, says it in plain words, and round-trips what it reads. */
    static void checkModel(byte[] input) {
        LoadResult result = new ModelLoader().load(input, "fuzz.json");
        for (Problem problem : result.problems()) {
            if (problem.line() < 0 || problem.column() < 0 || problem.message().isBlank()) {
                throw new AssertionError("badly located or empty: " + problem.format());
            }
            if (JARGON.matcher(problem.message()).find()) {
                throw new AssertionError("the JSON library's words: " + problem.format());
            }
        }
        if (result.isValid()) {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            try {
                new ModelWriter().write(result.model(), written);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            LoadResult again = new ModelLoader().load(written.toByteArray(), "again.json");
            if (!again.isValid() || !again.model().equals(result.model())) {
                throw new AssertionError("a valid model does not survive writing and reading: " + again.problems());
            }
        }
    }

    /** The word diff never throws and its spans tile both texts from start to end. */
    static void checkDiff(String from, String to) {
        TextComparison comparison = COMPARER.compare(Passage.of(from), Passage.of(to));
        int fromAt = 0;
        int toAt = 0;
        for (DiffSpan span : comparison.diff().spans()) {
            if (span.fromStart() != fromAt || span.toStart() != toAt) {
                throw new AssertionError("spans leave a gap or overlap at " + span);
            }
            fromAt = span.fromEnd();
            toAt = span.toEnd();
        }
        if (fromAt != comparison.diff().fromText().length() || toAt != comparison.diff().toText().length()) {
            throw new AssertionError("spans end at " + fromAt + "/" + toAt + ", not at the texts' ends");
        }
        if (!(comparison.similarity() >= 0 && comparison.similarity() <= 1)) {
            throw new AssertionError("similarity " + comparison.similarity());
        }
    }

    /** Jazzer's driver entry point: the first byte picks the target, the rest is its input. */
    public static void fuzzerTestOneInput(byte[] input) {
        if (input.length > 0 && (input[0] & 1) == 1) {
            String texts = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
            int middle = texts.length() / 2;
            checkDiff(texts.substring(0, middle), texts.substring(middle));
        } else {
            checkModel(input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length));
        }
    }

    static Stream<Arguments> modelSeeds() throws IOException {
        List<Arguments> seeds = new ArrayList<>();
        for (String folder : new String[] {"src/test/resources/hostile-models", "src/test/resources/bad-models",
                "src/test/resources/models"}) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    seeds.add(Arguments.of((Object) Files.readAllBytes(file)));
                }
            }
        }
        return seeds.stream();
    }

    @MethodSource("modelSeeds")
    @FuzzTest(maxDuration = "30s")
    void modelLoader(byte[] input) {
        checkModel(input);
    }

    @FuzzTest(maxDuration = "30s")
    void wordDiff(FuzzedDataProvider data) {
        checkDiff(data.consumeString(2_000), data.consumeRemainingAsString());
    }

    /** Every input a coverage-guided run found, as the driver ran it (first byte: loader or diff), runs clean now. */
    @Test
    void theFindingsKeptReplayClean() throws IOException {
        if (!Files.isDirectory(FOUND)) {
            return; // nothing found yet
        }
        try (Stream<Path> files = Files.list(FOUND)) {
            for (Path finding : files.sorted().toList()) {
                fuzzerTestOneInput(Files.readAllBytes(finding));
            }
        }
    }

    @Test
    void theSeedsReachTheLoader() throws IOException {
        assertThat(modelSeeds().count()).isGreaterThanOrEqualTo(230);
    }

    @Test
    void aShortCoverageGuidedRunFindsNothing(@TempDir Path work) throws Exception {
        int seconds = Integer.getInteger("parallax.fuzz.seconds", 15);
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path findings = Files.createDirectories(work.resolve("findings"));
        int index = 0;
        for (Arguments seed : modelSeeds().toList()) {
            // first byte even: the loader
            Files.write(corpus.resolve("seed-" + index++), JazzerRun.prefixed(0, (byte[]) seed.get()[0]));
        }
        Files.write(corpus.resolve("diff-seed"), ("\u0001The labs have few chips, analysts said."
                + "Labs reportedly have about 40% fewer chips.").getBytes(StandardCharsets.UTF_8));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + ParallaxFuzzTest.class.getName(),
                "--instrumentation_includes=org.parallax.**",
                "-max_total_time=" + seconds, "-timeout=20", "-rss_limit_mb=0", "-max_len=65536",
                "--reproducer_path=" + work, "-artifact_prefix=" + findings + "/", corpus.toString()));
        Process jazzer = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("jazzer.log").toFile()).start();
        boolean finished = jazzer.waitFor(seconds + 300L, TimeUnit.SECONDS);
        if (!finished) {
            jazzer.destroyForcibly().waitFor();
        }
        String log = Files.readString(work.resolve("jazzer.log"));
        List<Path> found;
        try (Stream<Path> files = Files.list(findings)) {
            found = files.toList();
        }
        for (Path finding : found) {
            // kept where the next mvn verify replays it (theFindingsKeptReplayClean), as a regression case
            Files.createDirectories(FOUND);
            Files.copy(finding, FOUND.resolve("found-" + finding.getFileName()));
        }

        assertThat(finished).as("Jazzer finished within its time").isTrue();
        assertThat(found).as("crashes or hangs found (copied to " + INPUTS + "); log:\n" + tail(log)).isEmpty();
        assertThat(jazzer.exitValue()).as("Jazzer's exit code; log:\n" + tail(log)).isZero();
        assertThat(log).contains("Done").containsPattern("cov: \\d+");
    }

    private static String tail(String log) {
        return log.length() < 4000 ? log : log.substring(log.length() - 4000);
    }
}
