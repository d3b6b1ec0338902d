package org.parallax.io.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.export.ExportColumn;
import org.parallax.io.export.QuotePlaces;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/**
 * What a report says, whatever it is rendered as (HTML, DOCX): one section per point of the exported quotes, in
 * canonical order, each with its claims and one block per article that frames it (stance, certainty, frame, speaker,
 * note, and the exported quotes with their citations), then the coverage matrix. Citations are made of the export
 * columns (io.export's {@link ExportColumn}: author, publisher, url, published, paragraph), so every format cites alike.
 */
public record ReportContent(String title, int quoteCount, List<Section> sections, CoverageMatrix coverage) {

    public record Section(Point point, Theme theme, List<Claim> claims, List<Block> blocks) {
    }

    public record Claim(String side, String text) {
    }

    /** One article's framing of the point, with the quotes of it that are exported. */
    public record Block(Source source, String sourceName, Framing framing, List<CitedQuote> quotes) {
    }

    public record CitedQuote(String text, String citation, String url) {
    }

    public static ReportContent of(Model model, List<QuoteRow> rows, QuotePlaces places) {
        List<QuoteRow> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparingInt(QuoteRow::order));
        Map<String, Map<String, List<QuoteRow>>> byPoint = new LinkedHashMap<>();
        Map<String, QuoteRow> firstOfPoint = new LinkedHashMap<>();
        for (QuoteRow row : ordered) {
            byPoint.computeIfAbsent(row.point().id(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(row.framing().source(), s -> new ArrayList<>()).add(row);
            firstOfPoint.putIfAbsent(row.point().id(), row);
        }
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<QuoteRow>>> point : byPoint.entrySet()) {
            QuoteRow first = firstOfPoint.get(point.getKey());
            List<Claim> claims = new ArrayList<>();
            for (Map.Entry<String, String> claim : first.point().claims().entrySet()) {
                claims.add(new Claim(model.side(claim.getKey()).map(Side::label).orElse(claim.getKey()),
                        claim.getValue()));
            }
            List<Block> blocks = new ArrayList<>();
            for (List<QuoteRow> framingRows : point.getValue().values()) {
                QuoteRow any = framingRows.get(0);
                List<CitedQuote> quotes = new ArrayList<>();
                for (QuoteRow row : framingRows) {
                    quotes.add(new CitedQuote(row.quote().text(), citation(model, row, places),
                            (String) ExportColumn.URL.value(row, places)));
                }
                String name = any.source() == null ? any.framing().source() : model.shortName(any.source().id());
                blocks.add(new Block(any.source(), name, any.framing(), quotes));
            }
            sections.add(new Section(first.point(), first.theme(), claims, blocks));
        }
        return new ReportContent(model.title(), rows.size(), sections, CoverageMatrix.of(model, rows));
    }

    /**
     * {@code Title, Author, Publisher, https://..., 2025-01-31; paragraph 4; side: China}: the article and where in
     * it the quote stands, from the export columns.
     */
    static String citation(Model model, QuoteRow row, QuotePlaces places) {
        StringBuilder text = new StringBuilder(row.source() == null ? row.framing().source() : row.source().title());
        for (ExportColumn column : List.of(ExportColumn.AUTHOR, ExportColumn.PUBLISHER, ExportColumn.URL,
                ExportColumn.PUBLISHED)) {
            Object value = column.value(row, places);
            if (value != null) {
                text.append(", ").append(value);
            }
        }
        Object paragraph = ExportColumn.PARAGRAPH.value(row, places);
        if (paragraph != null) {
            text.append("; paragraph ").append(paragraph);
        }
        String side = row.quote().side();
        if (side != null) {
            text.append("; side: ").append(model.side(side).map(Side::label).orElse(side));
        }
        return text.toString();
    }
}
