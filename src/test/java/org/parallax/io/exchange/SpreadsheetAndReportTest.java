package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AttachedSources;
import org.parallax.io.export.ExportFormat;
import org.parallax.io.export.QuotePlaces;
import org.parallax.model.Model;

/** The spreadsheet opened with POI itself, every cell checked; the reports checked for every quote and citation. */
class SpreadsheetAndReportTest {
    private final Model model = ExchangeFixtures.model();
    private final List<QuoteRow> rows = QuoteCatalog.of(model).rows();

    private QuotePlaces places() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("texts");
        java.nio.file.Files.writeString(dir.resolve("alpha.txt"), ExchangeFixtures.ALPHA);
        java.nio.file.Files.writeString(dir.resolve("beta.txt"), ExchangeFixtures.BETA);
        AttachedSources attached = org.parallax.io.SourceFolder.attach(dir, model);
        return QuotePlaces.of(attached);
    }

    private byte[] export(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExchangeExport.write(format, new ExchangeExport.Request(model, rows, places(), ExchangeFixtures.texts()), out);
        return out.toByteArray();
    }

    @Test
    void everyCellOfTheQuotesSheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
            XSSFSheet quotes = book.getSheet("Quotes");
            List<List<Object>> expected = List.of(
                    List.of("point", "point_title", "theme", "side", "source", "source_title", "stance", "certainty",
                            "frame", "text", "start", "end", "author", "publisher", "url", "published", "paragraph", "note"),
                    row("chip-count", "How many chips labs train on", "compute", "ruritania", "alpha-weekly",
                            "Alpha Weekly on the chip race", "advantage", "reported", "Counts the chips",
                            "labs train on 50,000 chips", 24.0, 50.0, "A. Writer", "Alpha Weekly",
                            "https://example.org/alpha", "2025-03-01", 1.0, null),
                    row("months-behind", "Months behind the frontier", "compute", "elbonia", "beta-blog", "Beta's view",
                            "constraint", null, "Behind, says the editor\nsecond line", "the labs are months behind",
                            15.0, 41.0, null, null, null, null, 1.0, "Overstates the attribution.\nStance: not a key"),
                    row("students", "Students are core contributors", "talent", null, "alpha-weekly",
                            "Alpha Weekly on the chip race", null, null, null, "Students 学生 are core contributors",
                            53.0, 86.0, "A. Writer", "Alpha Weekly", "https://example.org/alpha", "2025-03-01", 2.0, null),
                    row("students", "Students are core contributors", "talent", null, "beta-blog", "Beta's view",
                            "mixed", "hedged", null, "Data firms sell labelled text", 43.0, 72.0, null, null, null,
                            null, 2.0, null));
            assertThat(quotes.getLastRowNum()).isEqualTo(expected.size() - 1);
            for (int r = 0; r < expected.size(); r++) {
                Row row = quotes.getRow(r);
                for (int c = 0; c < expected.get(0).size(); c++) {
                    assertThat(value(row.getCell(c))).as("Quotes!R%dC%d", r + 1, c + 1).isEqualTo(expected.get(r).get(c));
                }
                assertThat(row.getLastCellNum()).isLessThanOrEqualTo((short) expected.get(0).size());
            }
            assertThat(quotes.getPaneInformation().isFreezePane()).isTrue();
            assertThat(quotes.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(quotes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R5");
            assertThat(quotes.getColumnWidth(9)).isEqualTo(70 * 256); // text
            assertThat(quotes.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void everyCellOfTheCoverageSheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
            XSSFSheet coverage = book.getSheet("Coverage");
            List<List<Object>> expected = List.of(
                    List.of("point", "point_title", "theme", "alpha-weekly", "beta-blog", "gamma-post"),
                    List.of("chip-count", "How many chips labs train on", "compute", 1.0, "silent", "no text"),
                    List.of("months-behind", "Months behind the frontier", "compute", "silent", 1.0, "no text"),
                    List.of("students", "Students are core contributors", "talent", 1.0, 1.0, "no text"));
            assertThat(coverage.getLastRowNum()).isEqualTo(expected.size() - 1);
            for (int r = 0; r < expected.size(); r++) {
                for (int c = 0; c < expected.get(0).size(); c++) {
                    assertThat(value(coverage.getRow(r).getCell(c))).as("Coverage!R%dC%d", r + 1, c + 1)
                            .isEqualTo(expected.get(r).get(c));
                }
            }
            assertThat(coverage.getPaneInformation().isFreezePane()).isTrue();
            assertThat(book.getSheetName(0)).isEqualTo("Quotes");
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    void aQuoteThatLooksLikeAFormulaStaysText() throws Exception {
        Model formula = new Model(1, "f", List.of(), model.themes(), model.sources(),
                List.of(new org.parallax.model.Point("p", "compute", "=HYPERLINK(\"x\")", Map.of(),
                        List.of(new org.parallax.model.Framing("beta-blog", null, null, null, "=1+1",
                                List.of(ExchangeFixtures.quote(ExchangeFixtures.BETA, "Beta blog", null)))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExchangeExport.write(ExportFormat.XLSX, new ExchangeExport.Request(formula, QuoteCatalog.of(formula).rows(),
                QuotePlaces.NONE, Map.of()), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell title = book.getSheet("Quotes").getRow(1).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void theHtmlReportHoldsEveryQuoteAndCitationAndStandsAlone() throws Exception {
        String html = new String(export(ExportFormat.HTML), StandardCharsets.UTF_8);
        for (QuoteRow row : rows) {
            assertThat(html).contains("<blockquote><p>" + HtmlReport.esc(row.quote().text()) + "</p>");
        }
        assertThat(html).contains("<cite>Alpha Weekly on the chip race, A. Writer, Alpha Weekly, "
                + "<a href=\"https://example.org/alpha\">https://example.org/alpha</a>, 2025-03-01; paragraph 1;"
                + " side: Ruritania</cite>");
        assertThat(html).contains("<cite>Beta&#39;s view; paragraph 1; side: Elbonia</cite>");
        assertThat(html).contains("<cite>Alpha Weekly on the chip race, A. Writer, Alpha Weekly, "
                + "<a href=\"https://example.org/alpha\">https://example.org/alpha</a>, 2025-03-01; paragraph 2</cite>");
        assertThat(html).contains("<cite>Beta&#39;s view; paragraph 2</cite>");
        // one section per point, both framings of "students" side by side in one grid
        assertThat(html.split("<section class=\"point\"", -1)).hasSize(4);
        String students = html.substring(html.indexOf("id=\"point-students\""));
        students = students.substring(0, students.indexOf("</section>"));
        assertThat(students.split("<article class=\"framing\">", -1)).hasSize(3);
        assertThat(students).contains("<dt>Stance</dt><dd>mixed</dd>").contains("<dt>Certainty</dt><dd>hedged</dd>");
        assertThat(html).contains("<li><strong>Ruritania:</strong> Ruritanian labs train on tens of thousands of chips</li>");
        assertThat(html).contains("<dt>Note</dt><dd>Overstates the attribution.\nStance: not a key</dd>");
        assertThat(html).contains("<td class=\"silent\">silent</td>").contains("<td class=\"no-text\">no text</td>");
        assertThat(html).contains("<title>Ruritania &amp; Elbonia &lt;compared&gt;</title>");
        assertThat(html).contains("@media print");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
    }

    @Test
    void theWordReportHoldsEveryQuoteAndCitation() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(ExportFormat.DOCX)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (QuoteRow row : rows) {
                assertThat(text).contains("“" + row.quote().text() + "”");
            }
            assertThat(text).contains("Alpha Weekly on the chip race, A. Writer, Alpha Weekly, https://example.org/alpha,"
                    + " 2025-03-01; paragraph 1; side: Ruritania");
            assertThat(text).contains("Beta's view; paragraph 2").contains("Coverage").contains("no text");
            assertThat(document.getTables()).hasSize(4); // three points, then the coverage matrix
            assertThat(document.getTables().get(2).getRow(0).getTableCells()).hasSize(2);
        }
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BLANK -> null;
            default -> "unexpected " + cell.getCellType();
        };
    }
}
