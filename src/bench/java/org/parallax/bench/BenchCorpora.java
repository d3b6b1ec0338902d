package org.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.generate.CorpusWriter;
import org.parallax.io.generate.GeneratorSettings;
import org.parallax.io.generate.ModelGenerator;
import org.parallax.model.Model;

/**
 * The generated corpora the benchmarks run on, cached on disk ({@code -Dparallax.bench.data=DIR}, default
 * {@code target/bench-data}) so forked benchmark JVMs do not regenerate 100,000 quotes each. A corpus is
 * generated into a temporary folder and moved into place whole, so a killed run never leaves half a corpus.
 */
public final class BenchCorpora {
    /** The generator's seed: 1 unless {@code -Dparallax.bench.seed=N} asks for another corpus (docs/benchmarks.md). */
    public static final long SEED = Long.getLong("parallax.bench.seed", 1);

    private BenchCorpora() {
    }

    public static Path dataFolder() {
        return Path.of(System.getProperty("parallax.bench.data", "target/bench-data")).toAbsolutePath();
    }

    /** The folder of the corpus with {@code quotes} quotes (default sources and themes, {@link #SEED}), made once. */
    public static Path corpus(int quotes) {
        Path folder = dataFolder().resolve("q" + quotes + (SEED == 1 ? "" : "-seed" + SEED));
        if (Files.isRegularFile(folder.resolve(CorpusWriter.MODEL_FILE))) {
            return folder;
        }
        try {
            Files.createDirectories(dataFolder());
            Path temp = Files.createTempDirectory(dataFolder(), "q" + quotes + "-");
            new CorpusWriter().write(new ModelGenerator().generate(GeneratorSettings.forQuotes(quotes).withSeed(SEED)),
                    temp, true);
            try {
                Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherRunWasFaster) {
                delete(temp);
            }
            return folder;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static Path model(int quotes) {
        return corpus(quotes).resolve(CorpusWriter.MODEL_FILE);
    }

    /** The corpus's model, loaded and validated; fails loudly if the generator ever produced a problem. */
    public static Model loadValid(int quotes) {
        LoadResult loaded = new ModelLoader().load(model(quotes));
        if (!loaded.isValid()) {
            throw new IllegalStateException("generated model has problems: " + loaded.problems());
        }
        return loaded.model();
    }

    public static Path sources(int quotes) {
        return corpus(quotes).resolve(CorpusWriter.SOURCES_FOLDER);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
