package org.parallax.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * JSON {@code {"model": {"title"}, "sources": [...], "quotes": [...]}}, streamed with Jackson's generator and
 * indented by two spaces. {@code sources} holds the sources the exported quotes cite, in model order, with all
 * their metadata; each quote names its source by id. Format: docs/export.md.
 */
public final class JsonExporter implements QuoteExporter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final QuotePlaces places;

    public JsonExporter() {
        this(QuotePlaces.NONE);
    }

    /** With {@code places}, each quote's {@code paragraph} is given where the article text is known. */
    public JsonExporter(QuotePlaces places) {
        this.places = places;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public void write(Model model, List<QuoteRow> rows, Writer out, ExportProgress progress) throws IOException {
        List<QuoteRow> ordered = CanonicalOrder.of(rows);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeObjectFieldStart("model");
            json.writeStringField("title", model.title());
            json.writeEndObject();
            writeSources(json, model, ordered);
            json.writeArrayFieldStart("quotes");
            int written = 0;
            for (QuoteRow row : ordered) {
                writeQuote(json, row, places);
                written++;
                if (written % CanonicalOrder.PROGRESS_STEP == 0) {
                    progress.advanced(written, ordered.size());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            progress.advanced(written, ordered.size());
        }
        out.write("\n");
    }

    /** {@code "key": value}, two-space indent, one value per line, {@code []} when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writeSources(JsonGenerator json, Model model, List<QuoteRow> rows) throws IOException {
        Set<String> cited = rows.stream().map(row -> row.framing().source()).collect(Collectors.toSet());
        json.writeArrayFieldStart("sources");
        for (Source source : model.sources()) {
            if (!cited.contains(source.id())) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("id", source.id());
            json.writeStringField("title", source.title());
            json.writeStringField("author", source.author());
            json.writeStringField("publisher", source.publisher());
            json.writeStringField("kind", source.kind().id());
            json.writeStringField("language", source.language());
            json.writeStringField("url", source.url());
            json.writeStringField("published", source.published() == null ? null : source.published().toString());
            json.writeStringField("derivedFrom", source.derivedFrom());
            json.writeStringField("file", source.file());
            json.writeStringField("sha256", source.sha256());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeQuote(JsonGenerator json, QuoteRow row, QuotePlaces places) throws IOException {
        json.writeStartObject();
        json.writeStringField("point", row.point().id());
        json.writeStringField("pointTitle", row.point().title());
        json.writeStringField("theme", row.point().theme());
        json.writeStringField("side", row.quote().side());
        json.writeStringField("source", row.framing().source());
        json.writeStringField("sourceTitle", row.source() == null ? null : row.source().title());
        json.writeStringField("stance", row.framing().stance() == null ? null : row.framing().stance().id());
        json.writeStringField("certainty", row.framing().certainty() == null ? null : row.framing().certainty().id());
        json.writeStringField("frame", row.framing().frame());
        json.writeStringField("text", row.quote().text());
        json.writeNumberField("start", row.quote().start());
        json.writeNumberField("end", row.quote().end());
        Object paragraph = ExportColumn.PARAGRAPH.value(row, places);
        if (paragraph != null) {
            json.writeNumberField("paragraph", (Integer) paragraph);
        }
        String note = (String) ExportColumn.NOTE.value(row, places);
        if (note != null) {
            json.writeStringField("note", note);
        }
        json.writeEndObject();
    }
}
