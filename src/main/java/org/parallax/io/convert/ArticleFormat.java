package org.parallax.io.convert;

import java.util.Locale;
import java.util.Optional;

/** The kinds of article file Parallax converts to plain text, recognised by the file name's extension. */
public enum ArticleFormat {
    TEXT("plain text", "txt", "text"),
    MARKDOWN("Markdown", "md", "markdown"),
    HTML("HTML", "html", "htm", "xhtml"),
    DOCX("Word document", "docx"),
    PDF("PDF document", "pdf");

    private final String label;
    private final String[] extensions;

    ArticleFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    /** The format its extension names (case ignored), or empty when Parallax does not read such files. */
    public static Optional<ArticleFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ArticleFormat format : values()) {
            for (String known : format.extensions) {
                if (known.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** The extensions the window's file chooser offers, as {@code *.txt} patterns. */
    public static java.util.List<String> patterns() {
        java.util.List<String> patterns = new java.util.ArrayList<>();
        for (ArticleFormat format : values()) {
            for (String extension : format.extensions) {
                patterns.add("*." + extension);
            }
        }
        return patterns;
    }
}
