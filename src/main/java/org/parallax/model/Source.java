package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of the corpus, or a work the corpus retells without containing it ({@code file == null}).
 * Every field but {@code id}, {@code title} and {@code kind} may be null.
 */
public record Source(String id, String title, String author, String publisher, SourceKind kind,
                     String language, String url, LocalDate published, String derivedFrom,
                     String file, String sha256) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the article text is part of the corpus and its quotes can be verified. */
    public boolean hasFile() {
        return file != null;
    }
}
