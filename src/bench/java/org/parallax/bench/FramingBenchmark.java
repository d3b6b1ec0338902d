package org.parallax.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.framing.FramingAnalyzer;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.meaning.CachingEncoder;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.io.generate.TextPair;
import org.parallax.io.generate.TextPairGenerator;

/**
 * Framing analysis (split, align by meaning, word diff per pair, labels), issue 12's targets: one point's two
 * framings of five quotes each (50 ms warm) and two 5,000-word articles (2 s warm). {@code cache=warm}: the
 * sentence embeddings are in the cache (the window re-opening a point, a second run); {@code cold}: every
 * sentence is embedded anew (a fresh cache each call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class FramingBenchmark {
    @Param({"point", "articles"})
    String input;

    @Param({"warm", "cold"})
    String cache;

    private Passage from;
    private Passage to;
    private EncoderLoad raw;
    private FramingAnalyzer warm;

    @Setup
    public void prepare() {
        if (input.equals("point")) {
            from = Passage.joined(List.of(
                    "Roughly 2,000 dockworkers walked out on Thursday, union leaders said.",
                    "The port authority may seek an injunction",
                    "although talks could resume next week.",
                    "Most shipping lines have diverted vessels to Hamburg.",
                    "The strike is the largest since 1989."));
            to = Passage.joined(List.of(
                    "About 5,000 dockworkers went on strike on Thursday.",
                    "The port authority will seek an injunction.",
                    "Some shipping lines have diverted vessels to Hamburg,",
                    "a costly blow to the port.",
                    "It is the biggest strike since 1989, officials said."));
        } else {
            TextPair pair = new TextPairGenerator().reworded(BenchCorpora.SEED, 5_000,
                    TextPairGenerator.DEFAULT_REWORDED_SHARE);
            from = Passage.of(pair.from());
            to = Passage.of(pair.to());
        }
        raw = Encoders.loadNow();
        warm = new FramingAnalyzer(new CachingEncoder(raw.encoder(), 50_000), null);
        warm.compare(from, to);
    }

    @Benchmark
    public FramingComparison compare() {
        if (cache.equals("warm")) {
            return warm.compare(from, to);
        }
        return new FramingAnalyzer(new CachingEncoder(raw.encoder(), 50_000), null).compare(from, to);
    }
}
