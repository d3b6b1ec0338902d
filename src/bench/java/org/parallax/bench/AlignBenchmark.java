package org.parallax.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.Alignment;
import org.parallax.analysis.align.Embedder;
import org.parallax.analysis.align.LexicalIndex;
import org.parallax.analysis.align.PointEmbeddings;
import org.parallax.io.ModelLoader;
import org.parallax.io.cache.EmbeddingCacheFile;
import org.parallax.model.Model;

/**
 * {@code align} of a 5,000-word article (CONTRACTS.md: the alignment benchmark) against the bundled model and against
 * the generated 100,000-quote model. {@code meaning=on} uses the shared sentence encoder, uncached (a fresh
 * {@code Encoders.loadNow()}: the paragraphs are embedded anew on every call) with the points' embeddings read from
 * the model's cache folder (warm: built in setup, as the window's background task does once); {@code meaning=off}
 * is words alone. The aligner (Lucene index, point vectors) is built once per model in setup, as the window and a
 * long-running session do; its build time is reported by {@link #buildAligner}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8"})
public class AlignBenchmark {
    static final int ARTICLE_WORDS = 5000;

    @Param({"bundled", "100000"})
    String model;

    @Param({"on", "off"})
    String meaning;

    private Model loaded;
    private Path modelFile;
    private String article;
    private Aligner aligner;
    private Embedder embedder;
    private PointEmbeddings vectors;

    @Setup
    public void setUp() throws IOException {
        if ("bundled".equals(model)) {
            modelFile = Path.of("data/china-us-ai-labs.json").toAbsolutePath();
            loaded = new ModelLoader().load(modelFile).model();
            article = bundledArticle();
        } else {
            int quotes = Integer.parseInt(model);
            modelFile = BenchCorpora.model(quotes);
            loaded = BenchCorpora.loadValid(quotes);
            article = generatedArticle(BenchCorpora.sources(quotes));
        }
        embedder = "on".equals(meaning) ? BenchEncoder.load() : null;
        if (embedder != null) {
            EmbeddingCacheFile cache = EmbeddingCacheFile.open(modelFile, embedder.name());
            // -Dparallax.bench.standInVectors=true: points whose vectors are not cached get stand-in unit vectors
            // instead of being embedded (building the 100,000-quote model's cache takes over an hour on a loaded
            // 2-core machine); align's cost does not depend on the vectors' values. docs/benchmarks.md says when.
            Embedder forPoints = Boolean.getBoolean("parallax.bench.standInVectors")
                    ? BenchEncoder.standIn(embedder) : embedder;
            vectors = PointEmbeddings.build(loaded, forPoints, cache, (done, total) -> { }, () -> false);
            cache.save();
        }
        aligner = new Aligner(loaded, new LexicalIndex(loaded), embedder, vectors);
        Alignment check = aligner.align(article);
        if (check.paragraphs().isEmpty()) {
            throw new IllegalStateException("the benchmark article has no paragraphs");
        }
    }

    @TearDown
    public void tearDown() {
        aligner = null;
    }

    @Benchmark
    public Alignment align() {
        return aligner.align(article);
    }

    /** Building the aligner with the point embeddings read from a warm cache (what a new session pays). */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Aligner buildAligner() {
        PointEmbeddings warm = embedder == null ? null : PointEmbeddings.build(loaded,
                Boolean.getBoolean("parallax.bench.standInVectors") ? BenchEncoder.standIn(embedder) : embedder,
                EmbeddingCacheFile.open(modelFile, embedder.name()), (done, total) -> { }, () -> false);
        return new Aligner(loaded, new LexicalIndex(loaded), embedder, warm);
    }

    /** The held-out article, then the seed articles' paragraphs (when beside the repository), up to 5,000 words. */
    static String bundledArticle() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (InputStream in = AlignBenchmark.class.getResourceAsStream(
                "/org/parallax/analysis/align/held-out-article.txt")) {
            paragraphs.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n")));
        }
        Path seeds = Path.of(System.getProperty("parallax.sources", "../shared/seeds"));
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.sorted().toList()) {
                    paragraphs.addAll(List.of(Files.readString(file).split("\n\n")));
                }
            }
        }
        return upTo(paragraphs, ARTICLE_WORDS);
    }

    static String generatedArticle(Path sources) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.sorted().limit(40).toList()) {
                paragraphs.addAll(List.of(Files.readString(file).split("\n\n")));
            }
        }
        return upTo(paragraphs, ARTICLE_WORDS);
    }

    private static String upTo(List<String> paragraphs, int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int round = 0; count < words; round++) {
            for (String paragraph : paragraphs) {
                if (count >= words) {
                    break;
                }
                String kept = round == 0 ? paragraph : paragraph + " (" + round + ")";
                text.append(kept.strip()).append("\n\n");
                count += kept.split("\\s+").length;
            }
        }
        return text.toString();
    }

    static void requireDirectory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException(folder + " is missing"));
        }
    }
}
