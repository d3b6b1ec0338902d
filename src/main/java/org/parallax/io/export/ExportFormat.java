package org.parallax.io.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats quotes export to (see docs/export.md). */
public enum ExportFormat {
    MD("Markdown", "md"), CSV("CSV", "csv"), JSON("JSON", "json"),
    // issue 17: written by io.exchange.ExchangeExport (files, not text streams; no preview)
    XLSX("Excel workbook", "xlsx"), HTML("HTML report", "html"), DOCX("Word report", "docx"),
    QDPX("REFI-QDA project", "qdpx"), QDC("REFI-QDA codebook", "qdc");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The id used on the command line: {@code md}, {@code csv}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for the formats a {@link QuoteExporter} streams as text (md, csv, json); the others are files. */
    public boolean isText() {
        return this == MD || this == CSV || this == JSON;
    }

    public static Optional<ExportFormat> fromId(String id) {
        for (ExportFormat format : values()) {
            if (format.id().equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
