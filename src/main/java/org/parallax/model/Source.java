package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of the corpus, or a work the corpus retells without containing it ({@code file == null}).
 * Every field but {@code id}, {@code title} and {@code kind} may be null. {@code shortName} is what the window
 * shows for the source everywhere; when absent it is derived ({@link #shortName()}, decision 0100).
 */
public record Source(String id, String title, String author, String publisher, SourceKind kind,
                     String language, String url, LocalDate published, String derivedFrom,
                     String file, String sha256, String shortName) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }

    /** A source without an explicit short name. */
    public Source(String id, String title, String author, String publisher, SourceKind kind,
                  String language, String url, LocalDate published, String derivedFrom,
                  String file, String sha256) {
        this(id, title, author, publisher, kind, language, url, published, derivedFrom, file, sha256, null);
    }

    /**
     * The name the window shows for this source: the explicit {@code shortName} when it is given (not blank), else
     * one derived from the publisher or the title ({@link ShortNames#derive}). Not unique by itself: two sources
     * may derive the same name; {@link Model#shortName(String)} is the model's unique one.
     */
    @Override
    public String shortName() {
        return shortName != null && !shortName.isBlank() ? shortName.strip() : ShortNames.derive(this);
    }

    /** The {@code shortName} as the model file gives it (null when absent): what the writer writes. */
    public String explicitShortName() {
        return shortName;
    }

    /** True when the article text is part of the corpus and its quotes can be verified. */
    public boolean hasFile() {
        return file != null;
    }
}
