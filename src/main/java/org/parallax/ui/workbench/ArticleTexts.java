package org.parallax.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.io.AttachedSources;
import org.parallax.io.SourceFolder;
import org.parallax.io.SourceText;
import org.parallax.io.convert.ArticleStore;
import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * Where the workbench finds an article's text: the model's own {@code sources/} folder, else the folder of
 * {@code -Dparallax.sources} (the bundled model's seeds). Runs off the FX thread; a missing or changed file is a
 * message, and the other articles keep working.
 */
final class ArticleTexts {
    /** An article's text, or why it cannot be shown. */
    record Loaded(String sourceId, SourceText text, String problem) {
    }

    private ArticleTexts() {
    }

    static Loaded load(Path modelFile, Model model, String sourceId) {
        return load(modelFile, model, sourceId, null);
    }

    /** As {@link #load(Path, Model, String)}, falling back on the texts attached in the Sources tab ({@code attached}). */
    static Loaded load(Path modelFile, Model model, String sourceId, AttachedSources attached) {
        Optional<Source> source = model.source(sourceId);
        if (source.isEmpty()) {
            return new Loaded(sourceId, null, "The comparison has no source \"" + sourceId + "\".");
        }
        if (!source.get().hasFile()) {
            return new Loaded(sourceId, null, "\u201C" + source.get().title() + "\u201D has no text file: the "
                    + "comparison names no article file for it, so it cannot be opened in the reader. Add its article "
                    + "(File > Add article\u2026) to read and code it.");
        }
        Loaded found = fromFolders(modelFile, model, source.get());
        if (found.text() == null && attached != null) {
            Optional<SourceText> text = attached.text(sourceId);
            if (text.isPresent()) {
                return new Loaded(sourceId, text.get(), null);
            }
        }
        return found;
    }

    private static Loaded fromFolders(Path modelFile, Model model, Source wanted) {
        String sourceId = wanted.id();
        Optional<Source> source = Optional.of(wanted);
        String problem = null;
        for (Path folder : folders(modelFile)) {
            if (!Files.isRegularFile(folder.resolve(source.get().file()))) {
                continue;
            }
            Model one = new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(),
                    java.util.List.of(source.get()), java.util.List.of());
            AttachedSources attached = SourceFolder.attach(folder, one);
            Optional<SourceText> text = attached.text(sourceId);
            if (text.isPresent()) {
                return new Loaded(sourceId, text.get(), attached.issues().isEmpty() ? null
                        : attached.issues().get(0).message());
            }
            problem = attached.issues().isEmpty() ? "cannot read " + source.get().file()
                    : attached.issues().get(0).message();
        }
        return new Loaded(sourceId, null, problem != null ? problem : "The text file \"" + source.get().file()
                + "\" of \u201C" + wanted.title() + "\u201D is missing (looked in " + folders(modelFile) + ").");
    }

    static java.util.List<Path> folders(Path modelFile) {
        java.util.List<Path> folders = new java.util.ArrayList<>();
        if (modelFile != null) {
            folders.add(ArticleStore.folderOf(modelFile));
        }
        String configured = System.getProperty("parallax.sources");
        if (configured != null && !configured.isBlank()) {
            folders.add(Path.of(configured).toAbsolutePath());
        }
        Path shared = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        if (!folders.contains(shared)) {
            folders.add(shared);
        }
        return folders;
    }

    static boolean exists(Path file) {
        try {
            return Files.size(file) >= 0;
        } catch (IOException absent) {
            return false;
        }
    }
}
