package org.parallax.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article texts of a model read from a folder: the decoded text of every source whose file could be
 * read, and the issues of those that could not (or whose checksum differs). Immutable.
 */
public final class AttachedSources {
    private final Path folder;
    private final Map<String, SourceText> texts;
    private final List<SourceIssue> issues;

    AttachedSources(Path folder, Map<String, SourceText> texts, List<SourceIssue> issues) {
        this.folder = folder;
        this.texts = Map.copyOf(texts);
        this.issues = List.copyOf(issues);
    }

    public Path folder() {
        return folder;
    }

    /** The article of a source, when it has a file and that file was read as UTF-8 text. */
    public Optional<SourceText> text(String sourceId) {
        return Optional.ofNullable(texts.get(sourceId));
    }

    public List<SourceIssue> issues() {
        return issues;
    }

    public int textCount() {
        return texts.size();
    }
}
