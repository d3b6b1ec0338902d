package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** load -> write -> load gives an equal model: the writer emits exactly what the loader accepts. */
class RoundTripTest {
    private static LoadResult writeAndLoad(Model model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter().write(model, out);
        return new ModelLoader().load(out.toByteArray(), "written.json");
    }

    @Test
    void theSmallModelSurvivesAWriteToDiskAndBack(@TempDir Path dir) throws IOException {
        Model original = new ModelLoader().load(ModelLoaderTest.SMALL).model();
        Path written = dir.resolve("small.json");

        new ModelWriter().write(original, written);
        LoadResult reread = new ModelLoader().load(written);

        assertThat(reread.problems()).isEmpty();
        assertThat(reread.model()).isEqualTo(original);
        assertThat(reread.model().points().get(0).claims().keySet()).containsExactly("ruritania", "freedonia");
    }

    @Test
    void theOptionalFieldsAndTheSchemaHintAreWrittenAndReadBack() throws IOException {
        String json = """
                {"$schema": "../docs/model-schema.json", "schemaVersion": 1, "title": "T",
                 "sides": [{"id": "a", "label": "A"}], "themes": [{"id": "t", "label": "T"}],
                 "sources": [{"id": "s", "title": "A title", "shortName": "Ledger", "kind": "original"}],
                 "points": [{"id": "p", "theme": "t", "title": "P", "framings": [{"source": "s",
                   "note": "contradicts itself", "quotes": [{"text": "labs", "start": 32, "end": 36, "occurrence": 2}]}]},
                            {"id": "q", "theme": "t", "title": "Q", "framings": []}]}
                """;
        LoadResult read = new ModelLoader().load(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "m.json");
        assertThat(read.problems()).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter().write(read.model(), out);
        String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        Model reread = new ModelLoader().load(out.toByteArray(), "written.json").model();

        assertThat(written).startsWith("{\n  \"$schema\" : \"../docs/model-schema.json\",")
                .contains("\"shortName\" : \"Ledger\"").contains("\"note\" : \"contradicts itself\"")
                .contains("\"occurrence\" : 2").contains("\"framings\" : [ ]");
        assertThat(reread).isEqualTo(read.model());
        assertThat(reread.schema()).isEqualTo("../docs/model-schema.json");
        assertThat(reread.source("s").orElseThrow().shortName()).isEqualTo("Ledger");
        assertThat(reread.points().get(0).framings().get(0).note()).isEqualTo("contradicts itself");
        assertThat(reread.points().get(0).framings().get(0).quotes().get(0).occurrence()).isEqualTo(2);
        assertThat(reread.points().get(1).framings()).isEmpty();
        assertThat(reread.pointsWithoutFramings()).isEqualTo(1);
    }

    @Test
    void aModelWithoutTheNewFieldsIsWrittenWithoutThem() throws IOException {
        Model original = new ModelLoader().load(ModelLoaderTest.SMALL).model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter().write(original, out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("$schema")
                .doesNotContain("shortName").doesNotContain("\"note\"").doesNotContain("occurrence");
    }

    @Property(tries = 200)
    void anyValidModelSurvivesARoundTrip(@ForAll("models") Model model) throws IOException {
        LoadResult reread = writeAndLoad(model);

        assertThat(reread.problems()).isEmpty();
        assertThat(reread.model()).isEqualTo(model);
    }

    /** Texts with what JSON must escape or carry: quotes, backslashes, control characters, emoji, accents. */
    private static Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("abcXYZ 019.,;:'\"\\/\t\n\r\u0001éßΩ中文“”–—…")
                .withCharRange('a', 'z')
                .ofMinLength(1).ofMaxLength(40)
                .map(text -> text + "🚀".repeat(text.length() % 2))
                .filter(text -> !text.isBlank());
    }

    private static Arbitrary<String> slugs() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('0', '7').ofMinLength(1).ofMaxLength(6)
                .list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
    }

    @Provide
    Arbitrary<Model> models() {
        Arbitrary<Set<String>> ids = slugs().set().ofMinSize(1).ofMaxSize(4);
        return net.jqwik.api.Combinators.combine(ids, ids, ids, ids, texts().list().ofMinSize(8).ofMaxSize(8),
                        Arbitraries.longs())
                .as((sideIds, themeIds, sourceIds, pointIds, words, seed) ->
                        build(sideIds, themeIds, sourceIds, pointIds, words, new Random(seed)));
    }

    private static Model build(Set<String> sideIds, Set<String> themeIds, Set<String> sourceIds, Set<String> pointIds,
                               List<String> words, Random random) {
        List<String> sides = new ArrayList<>(sideIds);
        List<String> themes = new ArrayList<>(themeIds);
        List<String> sourceList = new ArrayList<>(sourceIds);
        List<Side> sideRecords = sides.stream().map(id -> new Side(id, pick(words, random))).toList();
        List<Theme> themeRecords = themes.stream()
                .map(id -> new Theme(id, pick(words, random), random.nextBoolean() ? null : pick(words, random)))
                .toList();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < sourceList.size(); i++) {
            String derivedFrom = i > 0 && random.nextBoolean() ? sourceList.get(random.nextInt(i)) : null;
            boolean full = random.nextBoolean();
            sources.add(new Source(sourceList.get(i), pick(words, random), full ? pick(words, random) : null,
                    full ? pick(words, random) : null, SourceKind.values()[random.nextInt(SourceKind.values().length)],
                    full ? "en" : null, full ? "https://example.org/" + i : null,
                    full ? LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            : null, derivedFrom, full ? sourceList.get(i) + ".txt" : null,
                    full ? "ab".repeat(32) : null, random.nextBoolean() ? pick(words, random) : null));
        }
        List<Point> points = new ArrayList<>();
        for (String pointId : pointIds) {
            Map<String, String> claims = new LinkedHashMap<>();
            for (String side : sides) {
                if (random.nextBoolean()) {
                    claims.put(side, pick(words, random));
                }
            }
            Set<String> framed = new LinkedHashSet<>();
            int framingCount = random.nextInt(sourceList.size() + 1); // 0: a point no source makes yet
            while (framed.size() < framingCount) {
                framed.add(sourceList.get(random.nextInt(sourceList.size())));
            }
            List<Framing> framings = new ArrayList<>();
            for (String source : framed) {
                List<Quote> quotes = new ArrayList<>();
                for (int q = 0; q <= random.nextInt(3); q++) {
                    String text = pick(words, random);
                    int start = random.nextInt(10_000);
                    quotes.add(new Quote(text, start, start + text.codePointCount(0, text.length()),
                            random.nextBoolean() ? null : sides.get(random.nextInt(sides.size())),
                            random.nextBoolean() ? null : 1 + random.nextInt(5)));
                }
                boolean described = random.nextBoolean();
                framings.add(new Framing(source, described ? pick(words, random) : null,
                        described ? Stance.values()[random.nextInt(4)] : null,
                        described ? Certainty.values()[random.nextInt(4)] : null,
                        described ? pick(words, random) : null, quotes,
                        random.nextBoolean() ? pick(words, random) : null));
            }
            points.add(new Point(pointId, themes.get(random.nextInt(themes.size())), pick(words, random), claims,
                    framings));
        }
        return new Model(Model.SCHEMA_VERSION, pick(words, random), sideRecords, themeRecords, sources, points,
                random.nextBoolean() ? "../docs/model-schema.json" : null);
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
