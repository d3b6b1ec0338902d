package org.parallax.bench;

import java.nio.file.Path;
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
import org.parallax.io.AttachedSources;
import org.parallax.io.QuoteCheck;
import org.parallax.io.QuoteVerifier;
import org.parallax.io.SourceFolder;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

/**
 * Quote verification against the article texts, as {@code validate --sources} and the window's "attach folder"
 * run it: attaching the folder (read every article, check UTF-8 and sha256) and checking every quote at its
 * offsets; and the quote checks alone over texts already attached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8"})
public class VerifyBenchmark {
    @Param({"1000", "10000", "100000"})
    int quotes;

    private Model model;
    private Path sources;
    private AttachedSources attached;

    @Setup
    public void load() {
        model = BenchCorpora.loadValid(quotes);
        sources = BenchCorpora.sources(quotes);
        attached = SourceFolder.attach(sources, model);
        int verified = verifyAll(attached);
        if (!attached.issues().isEmpty() || verified != model.quoteCount()) {
            throw new IllegalStateException("corpus does not verify: " + attached.issues() + ", " + verified
                    + " of " + model.quoteCount() + " quotes verbatim");
        }
    }

    @Benchmark
    public int attachAndVerify() {
        return verifyAll(SourceFolder.attach(sources, model));
    }

    @Benchmark
    public int verifyAttached() {
        return verifyAll(attached);
    }

    private int verifyAll(AttachedSources texts) {
        QuoteVerifier verifier = new QuoteVerifier(texts);
        int verified = 0;
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                for (Quote quote : framing.quotes()) {
                    verified += verifier.check(framing.source(), quote).status() == QuoteCheck.Status.VERIFIED ? 1 : 0;
                }
            }
        }
        return verified;
    }
}
