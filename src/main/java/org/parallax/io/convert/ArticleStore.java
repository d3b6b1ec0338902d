package org.parallax.io.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.SourceFolder;

/**
 * Where a model's own article texts live: {@code sources/} beside the model file (CONTRACTS.md). Stores a
 * converted text there as UTF-8, atomically, under a file name no source of the model uses yet.
 */
public final class ArticleStore {
    public static final String FOLDER = "sources";

    private final AtomicFileWriter files;

    public ArticleStore() {
        this(new AtomicFileWriter());
    }

    public ArticleStore(AtomicFileWriter files) {
        this.files = files;
    }

    /** The folder of the model's own article texts, whether or not it exists yet. */
    public static Path folderOf(Path modelFile) {
        Path parent = modelFile.toAbsolutePath().getParent();
        return parent.resolve(FOLDER);
    }

    /**
     * Writes {@code text} to {@code sources/ID.txt} (or {@code ID-2.txt}, ... when that name is taken on disk or by
     * one of {@code takenNames}).
     */
    public StoredArticle store(Path modelFile, String id, String text, Set<String> takenNames) throws IOException {
        Path folder = folderOf(modelFile);
        Files.createDirectories(folder);
        String name = id + ".txt";
        for (int n = 2; takenNames.contains(name) || Files.exists(folder.resolve(name)); n++) {
            name = id + "-" + n + ".txt";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        files.write(folder.resolve(name), out -> out.write(bytes));
        return new StoredArticle(name, SourceFolder.sha256(bytes), text);
    }

    /** Removes a stored text again (the model that would have named it could not be written). */
    public void discard(Path modelFile, StoredArticle stored) {
        try {
            Files.deleteIfExists(folderOf(modelFile).resolve(stored.file()));
        } catch (IOException ignored) {
            // a stray text file in sources/ harms nothing: no source names it
        }
    }
}
