package org.parallax.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

/** OWASP CSV injection: cells a spreadsheet would evaluate are written as text. */
class CsvInjectionTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1+2", "-2+3", "@SUM(A1:A9)", "\tcmd", "\r=1", "plain = fine", "-");

    @Test
    void formulaCellsGetALeadingApostrophe() throws IOException {
        List<Quote> quotes = HOSTILE.stream().map(text -> new Quote(text, 0, text.length(), null)).toList();
        Model model = new Model(1, "Hostile", List.of(new Side("s", "S")), List.of(new Theme("t", "T", null)),
                List.of(new Source("src", "=cmd|' /C calc'!A0", null, null, SourceKind.ORIGINAL, null, null, null,
                        null, null, null)),
                List.of(new Point("p", "t", "@title", null,
                        List.of(new Framing("src", null, Stance.MIXED, null, "+frame", quotes)))));
        StringWriter out = new StringWriter();
        new CsvExporter(false).write(model, QuoteCatalog.of(model).rows(), out);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).extracting(r -> r.get("text")).containsExactly(
                "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+2", "'-2+3", "'@SUM(A1:A9)", "'\tcmd",
                "'\r=1", "plain = fine", "'-");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.get("source_title")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(record.get("point_title")).isEqualTo("'@title");
            assertThat(record.get("frame")).isEqualTo("'+frame");
            assertThat(record.get("side")).isEmpty();
            assertThat(record.get("certainty")).isEmpty();
        });
        // no cell of the file, as a spreadsheet reads it, begins with a formula trigger
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void neutralisesOnlyTheTriggers() {
        assertThat(CsvExporter.neutralise("=1")).isEqualTo("'=1");
        assertThat(CsvExporter.neutralise("a=1")).isEqualTo("a=1");
        assertThat(CsvExporter.neutralise("'=1")).isEqualTo("'=1");
        assertThat(CsvExporter.neutralise(null)).isEmpty();
    }
}
