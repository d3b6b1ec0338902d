package org.parallax.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.analysis.filter.SyntheticModels;
import org.parallax.io.SourceFolder;
import org.parallax.model.Model;

/** Each format's output for small.json, against files written by hand from docs/export.md. */
class ExpectedOutputTest {
    private final Model model = SyntheticModels.small();
    private final QuoteCatalog catalog = QuoteCatalog.of(model);
    /** The articles of small.json, so citations name paragraphs. */
    private final QuotePlaces places = QuotePlaces.of(
            SourceFolder.attach(Path.of("src/test/resources/models/small-sources"), model));

    static String expected(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/export-expected", name), StandardCharsets.UTF_8);
    }

    private String export(QuoteExporter exporter, List<QuoteRow> rows) throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(model, rows, out);
        return out.toString();
    }

    private List<QuoteRow> rows(FilterCriteria criteria) {
        return catalog.select(criteria).rows();
    }

    @Test
    void markdown() throws IOException {
        assertThat(export(new MarkdownExporter(places), catalog.rows())).isEqualTo(expected("small.md"));
    }

    @Test
    void csvWithCrlfLineEnds() throws IOException {
        String csv = export(new CsvExporter(false, places), catalog.rows());
        assertThat(csv).isEqualTo(expected("small.csv"));
        assertThat(csv.split("\r\n", -1)).hasSize(9); // header, 7 quotes, "" after the last CRLF
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void csvWithBom() throws IOException {
        assertThat(export(new CsvExporter(true, places), catalog.rows())).isEqualTo("\uFEFF" + expected("small.csv"));
    }

    @Test
    void json() throws IOException {
        assertThat(export(new JsonExporter(places), catalog.rows())).isEqualTo(expected("small.json"));
    }

    @Test
    void filteredMarkdownKeepsOnlyTheGroupsItNeeds() throws IOException {
        List<QuoteRow> rows = rows(FilterCriteria.NONE.withThemes(Set.of("compute")).withSources(Set.of("beta", "gamma")));
        assertThat(export(new MarkdownExporter(), rows)).isEqualTo(expected("compute-beta-gamma.md"));
    }

    @Test
    void filteredJsonListsOnlyTheCitedSources() throws IOException {
        List<QuoteRow> rows = rows(FilterCriteria.NONE.withSides(Set.of("freedonia")));
        assertThat(export(new JsonExporter(), rows)).isEqualTo(expected("freedonia.json"));
    }

    @Test
    void anEmptyResultIsAValidEmptyExport() throws IOException {
        assertThat(export(new MarkdownExporter(), List.of())).isEqualTo("# Small test comparison\n");
        assertThat(export(new CsvExporter(false, places), List.of())).isEqualTo(
                "point,point_title,theme,side,source,source_title,stance,certainty,frame,text,start,end,"
                        + "author,publisher,url,published,paragraph,note\r\n");
        assertThat(export(new JsonExporter(), List.of())).isEqualTo(expected("empty.json"));
    }

    @Test
    void rowsInAnyOrderAreWrittenInCanonicalOrder() throws IOException {
        List<QuoteRow> shuffled = new ArrayList<>(catalog.rows());
        Collections.reverse(shuffled);
        assertThat(export(new MarkdownExporter(places), shuffled)).isEqualTo(expected("small.md"));
        assertThat(export(new CsvExporter(false, places), shuffled)).isEqualTo(expected("small.csv"));
    }

    @Test
    void previewIsTheFirstLinesOfTheExport() {
        String preview = ExportWriter.preview(new MarkdownExporter(), model, catalog.rows(), 4);
        assertThat(preview).isEqualTo("# Small test comparison\n\n## Compute\n\n");
        String csvPreview = ExportWriter.preview(new CsvExporter(false, places), model, catalog.rows(), 2);
        assertThat(csvPreview).startsWith("point,point_title,").endsWith(",31,102,A. Writer,Alpha Weekly,,,2,\n").hasLineCount(2);
    }

    @Test
    void progressReachesTheTotal() throws IOException {
        List<int[]> reports = new ArrayList<>();
        new JsonExporter().write(model, catalog.rows(), new StringWriter(),
                (written, total) -> reports.add(new int[] {written, total}));
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).containsExactly(7, 7);
    }
}
