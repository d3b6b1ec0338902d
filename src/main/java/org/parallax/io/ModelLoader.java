package org.parallax.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

/**
 * Reads a model file and returns the model or its located problems; never throws on bad input.
 * FOUNDATION STUB: maps the happy path only; the validating streaming loader replaces the body.
 */
public final class ModelLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public LoadResult load(Path file) {
        String name = file.toString();
        try {
            return load(Files.readAllBytes(file), name);
        } catch (IOException unreadable) {
            return LoadResult.failed(List.of(new Problem(name, 0, 0, ProblemKind.IO, "$",
                    "cannot read the file: " + unreadable.getMessage())));
        }
    }

    public LoadResult load(byte[] content, String fileName) {
        try {
            JsonNode root = MAPPER.readTree(content);
            return LoadResult.loaded(toModel(root));
        } catch (JsonProcessingException syntax) {
            var at = syntax.getLocation();
            return LoadResult.failed(List.of(new Problem(fileName, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), ProblemKind.SYNTAX, "$", syntax.getOriginalMessage())));
        } catch (IOException | RuntimeException other) {
            return LoadResult.failed(List.of(new Problem(fileName, 0, 0, ProblemKind.TYPE, "$",
                    String.valueOf(other.getMessage()))));
        }
    }

    private static Model toModel(JsonNode root) {
        List<Side> sides = new ArrayList<>();
        root.path("sides").forEach(s -> sides.add(new Side(s.path("id").asText(), s.path("label").asText())));
        List<Theme> themes = new ArrayList<>();
        root.path("themes").forEach(t -> themes.add(new Theme(t.path("id").asText(), t.path("label").asText(),
                text(t, "description"))));
        List<Source> sources = new ArrayList<>();
        root.path("sources").forEach(s -> sources.add(new Source(s.path("id").asText(), s.path("title").asText(),
                text(s, "author"), text(s, "publisher"), SourceKind.fromId(s.path("kind").asText()).orElseThrow(),
                text(s, "language"), text(s, "url"),
                text(s, "published") == null ? null : LocalDate.parse(text(s, "published")),
                text(s, "derivedFrom"), text(s, "file"), text(s, "sha256"))));
        List<Point> points = new ArrayList<>();
        root.path("points").forEach(p -> {
            Map<String, String> claims = new LinkedHashMap<>();
            p.path("claims").fields().forEachRemaining(e -> claims.put(e.getKey(), e.getValue().asText()));
            List<Framing> framings = new ArrayList<>();
            p.path("framings").forEach(f -> {
                List<Quote> quotes = new ArrayList<>();
                f.path("quotes").forEach(q -> quotes.add(new Quote(q.path("text").asText(), q.path("start").asInt(),
                        q.path("end").asInt(), text(q, "side"))));
                framings.add(new Framing(f.path("source").asText(), text(f, "speaker"),
                        text(f, "stance") == null ? null : Stance.fromId(text(f, "stance")).orElseThrow(),
                        text(f, "certainty") == null ? null : Certainty.fromId(text(f, "certainty")).orElseThrow(),
                        text(f, "frame"), quotes));
            });
            points.add(new Point(p.path("id").asText(), p.path("theme").asText(), p.path("title").asText(), claims,
                    framings));
        });
        return new Model(root.path("schemaVersion").asInt(), root.path("title").asText(), sides, themes, sources,
                points);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
