package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;

/**
 * Loading and validating a model file with {@link ModelLoader} against the floor any Jackson-based loader can
 * reach: {@code ObjectMapper.readTree} of the same file. Target: load + validate at most 2x readTree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dfile.encoding=UTF-8"})
public class LoadBenchmark {
    @Param({"1000", "10000", "100000"})
    int quotes;

    private Path model;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ModelLoader loader = new ModelLoader();

    @Setup
    public void generate() {
        model = BenchCorpora.model(quotes);
        LoadResult check = loader.load(model);
        if (!check.isValid()) {
            throw new IllegalStateException("generated model has problems: " + check.problems());
        }
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(model.toFile());
    }

    @Benchmark
    public LoadResult loadAndValidate() {
        return loader.load(model);
    }
}
