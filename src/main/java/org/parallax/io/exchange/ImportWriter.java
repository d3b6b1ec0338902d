package org.parallax.io.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.ModelWriter;

/**
 * Stores an import: the texts in {@code sources/} beside the model file (CONTRACTS.md), then the model. Every
 * target is checked first, so a refusal writes nothing: an existing model is replaced only with {@code force}, an
 * existing text only when it holds the same bytes or with {@code force}. Names are the import's own, checked to
 * stay inside the folder; each file is written atomically.
 */
public final class ImportWriter {
    private final AtomicFileWriter files;

    public ImportWriter() {
        this(new AtomicFileWriter());
    }

    public ImportWriter(AtomicFileWriter files) {
        this.files = files;
    }

    public void write(ImportResult result, Path modelFile, boolean force) throws ImportError, IOException {
        Path model = modelFile.toAbsolutePath().normalize();
        Path folder = model.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ImportError("the folder of " + modelFile + " does not exist");
        }
        if (Files.isDirectory(model)) {
            throw new ImportError(modelFile + " is a folder; give a file name for the model");
        }
        if (Files.exists(model) && !force) {
            throw new ImportError(modelFile + " exists; not overwriting it (add --force to replace it)");
        }
        Path sources = folder.resolve("sources");
        for (ImportedText text : result.texts()) {
            Path target = sources.resolve(text.fileName()).normalize();
            if (!target.getParent().equals(sources)) {
                throw new ImportError("text file name \"" + text.fileName() + "\" leaves " + sources + "; refused");
            }
            if (Files.exists(target) && !force && !Arrays.equals(Files.readAllBytes(target), text.bytes())) {
                throw new ImportError(target + " exists with other content; not overwriting it"
                        + " (add --force to replace it)");
            }
        }
        if (!result.texts().isEmpty()) {
            Files.createDirectories(sources);
        }
        for (ImportedText text : result.texts()) {
            files.write(sources.resolve(text.fileName()), out -> out.write(text.bytes()));
        }
        new ModelWriter(files).write(result.model(), model);
    }
}
