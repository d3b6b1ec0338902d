package org.parallax.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;

/**
 * CSV (RFC 4180: comma, double quotes, CRLF), one quote per row, through commons-csv. Text cells that a
 * spreadsheet would run as a formula are neutralised (see {@link #neutralise}). With {@code bom}, a byte
 * order mark comes first so Excel reads the file as UTF-8. Format: docs/export.md.
 */
public final class CsvExporter implements QuoteExporter {
    /** The header: CONTRACTS.md's twelve columns, then the citation columns ({@link ExportColumn}). */
    public static final String[] HEADER = ExportColumn.headers();

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).build();

    private final boolean bom;
    private final QuotePlaces places;

    public CsvExporter(boolean bom) {
        this(bom, QuotePlaces.NONE);
    }

    /** With {@code places}, the {@code paragraph} column is filled where the article text is known. */
    public CsvExporter(boolean bom, QuotePlaces places) {
        this.bom = bom;
        this.places = places;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(Model model, List<QuoteRow> rows, Writer out, ExportProgress progress) throws IOException {
        List<QuoteRow> ordered = CanonicalOrder.of(rows);
        if (bom) {
            out.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(out, FORMAT); // not closed: the caller owns the writer
        int written = 0;
        for (QuoteRow row : ordered) {
            for (ExportColumn column : ExportColumn.ALL) {
                Object cell = column.value(row, places);
                printer.print(cell instanceof String text ? neutralise(text) : cell == null ? "" : cell);
            }
            printer.println();
            written++;
            if (written % CanonicalOrder.PROGRESS_STEP == 0) {
                progress.advanced(written, ordered.size());
            }
        }
        printer.flush();
        progress.advanced(written, ordered.size());
    }

    /**
     * OWASP's advice against CSV (formula) injection: a cell beginning with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading {@code '}, so a spreadsheet shows it as text
     * instead of evaluating it. Null becomes an empty cell.
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
