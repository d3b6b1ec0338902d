package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.model.Certainty;
import org.parallax.model.Model;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;

class ModelLoaderTest {
    static final Path SMALL = Path.of("src/test/resources/models/small.json");

    private final ModelLoader loader = new ModelLoader();

    private LoadResult load(String json) {
        return loader.load(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    @Test
    void readsTheSmallModelWithAllItsFields() {
        LoadResult result = loader.load(SMALL);

        assertThat(result.problems()).isEmpty();
        Model model = result.model();
        assertThat(model.title()).isEqualTo("Small test comparison");
        assertThat(model.sides()).extracting("id").containsExactly("ruritania", "freedonia");
        assertThat(model.themes()).extracting("id").containsExactly("compute", "talent", "data");
        assertThat(model.sources()).extracting("id").containsExactly("alpha", "beta", "gamma");
        assertThat(model.source("beta").orElseThrow().kind()).isEqualTo(SourceKind.REWRITE);
        assertThat(model.source("beta").orElseThrow().derivedFrom()).isEqualTo("alpha");
        assertThat(model.source("beta").orElseThrow().author()).isNull();
        assertThat(model.points()).hasSize(4);
        assertThat(model.quoteCount()).isEqualTo(7);
        var framing = model.point("accelerator-count").orElseThrow().framingOf("beta").orElseThrow();
        assertThat(framing.stance()).isEqualTo(Stance.ADVANTAGE);
        assertThat(framing.certainty()).isEqualTo(Certainty.HEDGED);
        assertThat(framing.quotes().get(0).start()).isEqualTo(21);
        assertThat(framing.quotes().get(0).end()).isEqualTo(77);
        assertThat(model.point("accelerator-count").orElseThrow().claims())
                .containsKeys("ruritania", "freedonia");
    }

    @Test
    void referencesShareTheStringOfTheIdTheyName() {
        Model model = loader.load(SMALL).model();

        var framing = model.point("accelerator-count").orElseThrow().framingOf("beta").orElseThrow();
        assertThat(framing.source()).isSameAs(model.source("beta").orElseThrow().id());
        assertThat(model.point("accelerator-count").orElseThrow().theme())
                .isSameAs(model.theme(model.point("accelerator-count").orElseThrow().theme()).orElseThrow().id());
    }

    @Test
    void aLargeFileThatIsNotUtf8GetsOnlyTheEncodingProblem() throws Exception {
        // over Utf8Check.BACKGROUND_BYTES, so the check runs beside the parser; the bad byte also breaks the JSON
        String small = java.nio.file.Files.readString(SMALL, StandardCharsets.UTF_8);
        int close = small.lastIndexOf('}');
        byte[] head = (small.substring(0, close) + "\n" + " ".repeat(Utf8Check.BACKGROUND_BYTES) + "\n  ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n}\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);
        int line = small.substring(0, close).split("\n", -1).length + 2;

        LoadResult result = loader.load(content, "big.json");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.ENCODING);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.message()).contains("byte 0xFF at byte offset " + head.length);
        });
    }

    @Test
    void collectsEveryProblemInOnePassNotOnlyTheFirst() {
        String json = """
                {
                  "schemaVersion": 1,
                  "title": "t",
                  "sides": [{"id": "a", "label": "A"}, {"id": "a", "label": "A again"}],
                  "themes": [{"id": "t1", "labl": "T"}],
                  "sources": [],
                  "points": []
                }
                """;
        LoadResult result = load(json);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).extracting(Problem::kind)
                .containsExactly(ProblemKind.DUPLICATE_ID, ProblemKind.UNKNOWN_FIELD, ProblemKind.MISSING);
        assertThat(result.problems().get(1).message()).contains("did you mean \"label\"");
    }

    @Test
    void referencesMadeBeforeTheirListAreStillChecked() {
        String json = """
                {
                  "points": [{"id": "p", "theme": "nope", "title": "P",
                              "framings": [{"source": "s", "quotes": [{"text": "ab", "start": 0, "end": 2}]}]}],
                  "schemaVersion": 1, "title": "t", "sides": [],
                  "themes": [{"id": "known", "label": "K"}],
                  "sources": [{"id": "s", "title": "S", "kind": "original"}]
                }
                """;
        LoadResult result = load(json);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.DANGLING_REF);
            assertThat(problem.path()).isEqualTo("$.points[0].theme");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(35);
        });
    }

    @Test
    void aNullOptionalFieldIsFineAndANullRequiredOneIsMissing() {
        String json = """
                {"schemaVersion": 1, "title": null, "sides": [], "themes": [{"id": "t", "label": "T", "description": null}],
                 "sources": [], "points": []}
                """;
        LoadResult result = load(json);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING);
            assertThat(problem.path()).isEqualTo("$.title");
        });
    }

    @Test
    void theLocatingLoaderAcceptsQuotesWithoutOffsets() {
        String json = """
                {"schemaVersion": 1, "title": "t", "sides": [], "themes": [{"id": "t", "label": "T"}],
                 "sources": [{"id": "s", "title": "S", "kind": "original"}],
                 "points": [{"id": "p", "theme": "t", "title": "P",
                             "framings": [{"source": "s", "quotes": [{"text": "abc"}]}]}]}
                """;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(loader.load(bytes, "m.json").problems()).extracting(Problem::kind)
                .containsExactly(ProblemKind.MISSING, ProblemKind.MISSING);
        LoadResult lenient = ModelLoader.withoutOffsetChecks().load(bytes, "m.json");
        assertThat(lenient.problems()).isEmpty();
        assertThat(lenient.model().points().get(0).framings().get(0).quotes().get(0).start()).isEqualTo(-1);
    }

    @Test
    void recordsWhereEachQuoteTextStands() {
        LocatedLoad located = loader.loadWithLocations(SMALL);

        // small.json: the first quote's "text" value is on line 81, after 14 spaces and "text": .
        assertThat(located.locations().quote(0)).isEqualTo(new ModelLocations.Position(81, 23));
        assertThat(located.locations().source(1)).isEqualTo(new ModelLocations.Position(43, 5));
    }

    @Test
    void twoFramingsByOneSourceAndAClaimForAnUnknownSideAreProblems() {
        String json = """
                {"schemaVersion": 1, "title": "t", "sides": [{"id": "north", "label": "N"}],
                 "themes": [{"id": "t", "label": "T"}], "sources": [{"id": "s", "title": "S", "kind": "original"}],
                 "points": [{"id": "p", "theme": "t", "title": "P", "claims": {"nort": "x"},
                   "framings": [{"source": "s", "quotes": [{"text": "ab", "start": 0, "end": 2}]},
                                {"source": "s", "quotes": [{"text": "cd", "start": 2, "end": 4}]}]}]}
                """;

        LoadResult result = load(json);

        assertThat(result.problems()).extracting(Problem::kind, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemKind.DANGLING_REF, "$.points[0].claims.nort"),
                org.assertj.core.groups.Tuple.tuple(ProblemKind.DUPLICATE_ID, "$.points[0].framings[1].source"));
        assertThat(result.problems().get(0).message()).contains("did you mean \"north\"");
    }

    @Test
    void windowsLineEndsCountAsOneLine() {
        String json = "{\r\n  \"schemaVersion\": 1,\r\n  \"title\": 7\r\n}";

        Problem first = load(json).problems().get(0);

        assertThat(first.kind()).isEqualTo(ProblemKind.TYPE);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.column()).isEqualTo(12);
    }

    @Test
    void aHugeNumberIsOutOfRangeNotACrash() {
        String json = "{\"schemaVersion\": 99999999999999999999}";

        assertThat(load(json).problems().get(0)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.RANGE);
            assertThat(problem.path()).isEqualTo("$.schemaVersion");
            assertThat(problem.column()).isEqualTo(19);
        });
    }
}
