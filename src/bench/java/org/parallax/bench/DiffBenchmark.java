package org.parallax.bench;

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
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.diff.TextComparison;
import org.parallax.io.generate.TextPair;
import org.parallax.io.generate.TextPairGenerator;

/**
 * Word diff + change classification + similarity of two 10,000-word texts, as {@code parallax diff} runs it:
 * a text against its rewrite (~30% of sentences reworded), and two unrelated texts (the bounded fallback).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
public class DiffBenchmark {
    @Param({"reworded", "unrelated"})
    String pair;

    private TextPair texts;
    private TextComparer comparer;

    @Setup
    public void prepare() {
        TextPairGenerator pairs = new TextPairGenerator();
        texts = pair.equals("reworded")
                ? pairs.reworded(BenchCorpora.SEED, 10_000, TextPairGenerator.DEFAULT_REWORDED_SHARE)
                : pairs.unrelated(BenchCorpora.SEED, 10_000);
        comparer = new TextComparer(Lexicons.bundled());
    }

    @Benchmark
    public TextComparison compare() {
        return comparer.compare(texts.from(), texts.to());
    }
}
