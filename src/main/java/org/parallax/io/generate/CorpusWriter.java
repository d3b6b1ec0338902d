package org.parallax.io.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.parallax.io.ModelWriter;

/**
 * Writes a generated corpus into a folder: {@code sources/*.txt} first, then {@code model.json} (atomically,
 * with {@link ModelWriter}), so a {@code model.json} that exists always has its sources beside it.
 * Refuses a folder that is not empty unless told to overwrite (docs/decisions/0060-generator-output.md).
 */
public final class CorpusWriter {
    public static final String MODEL_FILE = "model.json";
    public static final String SOURCES_FOLDER = "sources";
    public static final String PAIRS_FOLDER = "pairs";

    private final ModelWriter modelWriter;

    public CorpusWriter() {
        this(new ModelWriter());
    }

    public CorpusWriter(ModelWriter modelWriter) {
        this.modelWriter = modelWriter;
    }

    /** Writes the corpus into {@code folder} (created if needed); returns the model file's path. */
    public Path write(GeneratedCorpus corpus, Path folder, boolean overwrite) throws IOException {
        prepare(folder, overwrite);
        Path sources = Files.createDirectories(folder.resolve(SOURCES_FOLDER));
        for (GeneratedCorpus.SourceFile file : corpus.sourceFiles()) {
            // Plain writes: a corpus can be regenerated from its seed, and thousands of fsyncs would dominate.
            Files.writeString(sources.resolve(file.fileName()), file.text(), StandardCharsets.UTF_8);
        }
        Path model = folder.resolve(MODEL_FILE);
        modelWriter.write(corpus.model(), model);
        return model;
    }

    /**
     * Writes text pairs for the diff into {@code folder/pairs}: {@code NAME-from.txt} and {@code NAME-to.txt}
     * for each named pair. The folder must already have been prepared by {@link #write}.
     */
    public void writePair(Path folder, String name, TextPair pair) throws IOException {
        Path pairs = Files.createDirectories(folder.resolve(PAIRS_FOLDER));
        Files.writeString(pairs.resolve(name + "-from.txt"), pair.from(), StandardCharsets.UTF_8);
        Files.writeString(pairs.resolve(name + "-to.txt"), pair.to(), StandardCharsets.UTF_8);
    }

    private static void prepare(Path folder, boolean overwrite) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputRefusedException(folder + " is a file, not a folder");
        }
        if (!overwrite && Files.isDirectory(folder) && !isEmpty(folder)) {
            throw new OutputRefusedException(folder + " is not empty; use --force to write into it anyway");
        }
        Files.createDirectories(folder);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The target folder may not be written (not empty, or a file). Nothing was written. */
    public static final class OutputRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public OutputRefusedException(String message) {
            super(message);
        }
    }
}
