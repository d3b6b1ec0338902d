package org.parallax.io.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.export.ExportColumn;
import org.parallax.io.export.QuotePlaces;
import org.parallax.model.Model;

/**
 * The spreadsheet: sheet "Quotes" has the CSV's columns ({@link ExportColumn}, one row per quote in canonical order,
 * the header frozen and filterable, widths set per column, numbers as numbers); sheet "Coverage" the points x
 * sources matrix ({@link CoverageMatrix}). Written with Apache POI's streaming workbook, so 100,000 rows keep a
 * window of rows in memory, not the sheet. Cells are typed strings, never formulas, so a quote that starts with
 * {@code =} stays text (the CSV's {@code '} guard is not needed here).
 */
public final class XlsxExporter {
    static final String QUOTES_SHEET = "Quotes";
    static final String COVERAGE_SHEET = "Coverage";
    /** Column widths in characters, by header; others get {@link #DEFAULT_WIDTH}. */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("point", 22),
            Map.entry("point_title", 36), Map.entry("theme", 14), Map.entry("side", 10), Map.entry("source", 22),
            Map.entry("source_title", 36), Map.entry("stance", 11), Map.entry("certainty", 11), Map.entry("frame", 40),
            Map.entry("text", 70), Map.entry("start", 8), Map.entry("end", 8), Map.entry("author", 20),
            Map.entry("publisher", 20), Map.entry("url", 30), Map.entry("published", 12), Map.entry("paragraph", 10),
            Map.entry("note", 40));
    private static final int DEFAULT_WIDTH = 16;

    private XlsxExporter() {
    }

    public static void write(Model model, List<QuoteRow> rows, QuotePlaces places, OutputStream out) throws IOException {
        PoiLogging.quiet();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle header = headerStyle(workbook);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle top = workbook.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);
            writeQuotes(workbook.createSheet(QUOTES_SHEET), rows, places, header, wrapped, top);
            writeCoverage(workbook.createSheet(COVERAGE_SHEET), model, rows, header);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose(); // the temp files of the streamed rows
        }
    }

    private static void writeQuotes(Sheet sheet, List<QuoteRow> rows, QuotePlaces places, CellStyle header,
                                    CellStyle wrapped, CellStyle top) {
        List<ExportColumn> columns = ExportColumn.ALL;
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            var cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
            int width = WIDTHS.getOrDefault(columns.get(c).header(), DEFAULT_WIDTH);
            sheet.setColumnWidth(c, width * 256);
        }
        List<QuoteRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(QuoteRow::order));
        int r = 1;
        for (QuoteRow row : ordered) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value(row, places);
                if (value == null) {
                    continue;
                }
                var cell = line.createCell(c);
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(top);
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(WIDTHS.getOrDefault(columns.get(c).header(), DEFAULT_WIDTH) >= 36 ? wrapped : top);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    private static void writeCoverage(Sheet sheet, Model model, List<QuoteRow> rows, CellStyle header) {
        CoverageMatrix coverage = CoverageMatrix.of(model, rows);
        Row head = sheet.createRow(0);
        String[] fixed = {"point", "point_title", "theme"};
        for (int c = 0; c < fixed.length; c++) {
            var cell = head.createCell(c);
            cell.setCellValue(fixed[c]);
            cell.setCellStyle(header);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        for (int s = 0; s < coverage.sources().size(); s++) {
            var cell = head.createCell(fixed.length + s);
            cell.setCellValue(coverage.sources().get(s).id());
            cell.setCellStyle(header);
            sheet.setColumnWidth(fixed.length + s, 14 * 256);
        }
        if (coverage.sourcesLeftOut() > 0) {
            head.createCell(fixed.length + coverage.sources().size()).setCellValue(coverage.sourcesLeftOut()
                    + " more sources not shown (cited ones first)");
        }
        for (int p = 0; p < coverage.points().size(); p++) {
            Row line = sheet.createRow(p + 1);
            var point = coverage.points().get(p);
            line.createCell(0).setCellValue(point.id());
            line.createCell(1).setCellValue(point.title());
            line.createCell(2).setCellValue(point.theme());
            for (int s = 0; s < coverage.sources().size(); s++) {
                CoverageMatrix.Cell cell = coverage.cell(p, s);
                if (cell.makesPoint()) {
                    line.createCell(fixed.length + s).setCellValue(cell.quotes());
                } else {
                    line.createCell(fixed.length + s).setCellValue(cell.text());
                }
            }
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, coverage.points().size()),
                0, fixed.length + coverage.sources().size() - 1));
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
