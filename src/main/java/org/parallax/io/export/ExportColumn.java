package org.parallax.io.export;

import java.util.List;
import java.util.function.BiFunction;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Source;

/**
 * The columns of every tabular export (CSV, and the spreadsheet exports that reuse them), in order: the header
 * CONTRACTS.md fixes, then {@code author, publisher, url, published, paragraph, note}. The one place that says
 * which columns there are, what they are called and what each cell holds. Format: docs/export.md.
 */
public enum ExportColumn {
    POINT("point", false, (row, places) -> row.point().id()),
    POINT_TITLE("point_title", false, (row, places) -> row.point().title()),
    THEME("theme", false, (row, places) -> row.point().theme()),
    SIDE("side", false, (row, places) -> row.quote().side()),
    SOURCE("source", false, (row, places) -> row.framing().source()),
    SOURCE_TITLE("source_title", false, (row, places) -> row.source() == null ? null : row.source().title()),
    STANCE("stance", false, (row, places) -> row.framing().stance() == null ? null : row.framing().stance().id()),
    CERTAINTY("certainty", false,
            (row, places) -> row.framing().certainty() == null ? null : row.framing().certainty().id()),
    FRAME("frame", false, (row, places) -> row.framing().frame()),
    TEXT("text", false, (row, places) -> row.quote().text()),
    START("start", true, (row, places) -> row.quote().start()),
    END("end", true, (row, places) -> row.quote().end()),
    AUTHOR("author", false, (row, places) -> sourceField(row.source(), Source::author)),
    PUBLISHER("publisher", false, (row, places) -> sourceField(row.source(), Source::publisher)),
    URL("url", false, (row, places) -> sourceField(row.source(), Source::url)),
    /** ISO date, {@code 2025-01-31}. */
    PUBLISHED("published", false, (row, places) -> row.source() == null || row.source().published() == null
            ? null : row.source().published().toString()),
    /** 1-based paragraph (non-blank line) of the article the quote starts in; empty without the article text. */
    PARAGRAPH("paragraph", true, (row, places) -> {
        var paragraph = places.paragraph(row.framing().source(), row.quote());
        return paragraph.isPresent() ? paragraph.getAsInt() : null;
    }),
    /** The framing's free-text note (a contradiction inside the article, an overstated attribution). */
    NOTE("note", false, (row, places) -> FramingNote.of(row.framing()));

    /** Every column, in export order. */
    public static final List<ExportColumn> ALL = List.of(values());

    private final String header;
    private final boolean numeric;
    private final BiFunction<QuoteRow, QuotePlaces, Object> value;

    ExportColumn(String header, boolean numeric, BiFunction<QuoteRow, QuotePlaces, Object> value) {
        this.header = header;
        this.numeric = numeric;
        this.value = value;
    }

    /** The column's name in a header row. */
    public String header() {
        return header;
    }

    /** True when the cell is a whole number ({@link Integer}) or empty, never text. */
    public boolean numeric() {
        return numeric;
    }

    /** The cell: a String, an Integer for {@link #numeric()} columns, or null for an empty cell. */
    public Object value(QuoteRow row, QuotePlaces places) {
        return value.apply(row, places);
    }

    /** The header row. */
    public static String[] headers() {
        return ALL.stream().map(ExportColumn::header).toArray(String[]::new);
    }

    private static String sourceField(Source source, java.util.function.Function<Source, String> field) {
        if (source == null) {
            return null;
        }
        String text = field.apply(source);
        return text == null || text.isBlank() ? null : text;
    }
}
