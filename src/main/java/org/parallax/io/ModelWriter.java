package org.parallax.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Theme;

/** Writes a model in the JSON format of docs/model-format.md, streaming, pretty-printed, UTF-8. */
public final class ModelWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private final AtomicFileWriter files;

    public ModelWriter() {
        this(new AtomicFileWriter());
    }

    public ModelWriter(AtomicFileWriter files) {
        this.files = files;
    }

    /** Writes atomically: the file at {@code target} is either the old one or the complete new one. */
    public void write(Model model, Path target) throws IOException {
        files.write(target, out -> write(model, out));
    }

    public void write(Model model, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            optional(json, "$schema", model.schema());
            json.writeNumberField("schemaVersion", model.schemaVersion());
            json.writeStringField("title", model.title());
            json.writeArrayFieldStart("sides");
            for (Side side : model.sides()) {
                json.writeStartObject();
                json.writeStringField("id", side.id());
                json.writeStringField("label", side.label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("themes");
            for (Theme theme : model.themes()) {
                json.writeStartObject();
                json.writeStringField("id", theme.id());
                json.writeStringField("label", theme.label());
                optional(json, "description", theme.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sources");
            for (Source source : model.sources()) {
                writeSource(json, source);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("points");
            for (Point point : model.points()) {
                writePoint(json, point);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeSource(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("title", source.title());
        optional(json, "shortName", source.explicitShortName());
        optional(json, "author", source.author());
        optional(json, "publisher", source.publisher());
        json.writeStringField("kind", source.kind().id());
        optional(json, "language", source.language());
        optional(json, "url", source.url());
        optional(json, "published", source.published() == null ? null : source.published().toString());
        optional(json, "derivedFrom", source.derivedFrom());
        optional(json, "file", source.file());
        optional(json, "sha256", source.sha256());
        json.writeEndObject();
    }

    private static void writePoint(JsonGenerator json, Point point) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", point.id());
        json.writeStringField("theme", point.theme());
        json.writeStringField("title", point.title());
        if (!point.claims().isEmpty()) {
            json.writeObjectFieldStart("claims");
            for (Map.Entry<String, String> claim : point.claims().entrySet()) {
                json.writeStringField(claim.getKey(), claim.getValue());
            }
            json.writeEndObject();
        }
        json.writeArrayFieldStart("framings");
        for (Framing framing : point.framings()) {
            json.writeStartObject();
            json.writeStringField("source", framing.source());
            optional(json, "speaker", framing.speaker());
            optional(json, "stance", framing.stance() == null ? null : framing.stance().id());
            optional(json, "certainty", framing.certainty() == null ? null : framing.certainty().id());
            optional(json, "frame", framing.frame());
            optional(json, "note", framing.note());
            json.writeArrayFieldStart("quotes");
            for (Quote quote : framing.quotes()) {
                json.writeStartObject();
                json.writeStringField("text", quote.text());
                json.writeNumberField("start", quote.start());
                json.writeNumberField("end", quote.end());
                optional(json, "side", quote.side());
                if (quote.occurrence() != null) {
                    json.writeNumberField("occurrence", quote.occurrence());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
