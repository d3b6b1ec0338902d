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

    /** The issues as problems located in the model file (at the source object; the folder itself at 0:0). */
    public List<Problem> problems(ModelLocations locations) {
        List<Problem> problems = new java.util.ArrayList<>();
        for (SourceIssue issue : issues) {
            boolean folder = issue.sourceIndex() < 0;
            ModelLocations.Position at = folder ? ModelLocations.Position.UNKNOWN : locations.source(issue.sourceIndex());
            String path = folder ? "$" : "$.sources[" + issue.sourceIndex() + "]." + issue.field();
            problems.add(new Problem(locations.file(), at.line(), at.column(), issue.kind(), path, issue.message()));
        }
        return problems;
    }

    public int textCount() {
        return texts.size();
    }
}
