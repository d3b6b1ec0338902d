package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.io.generate.GeneratorSettings;
import org.parallax.io.generate.ModelGenerator;
import org.parallax.model.Model;
import org.parallax.model.Point;

/**
 * The two-thread load (decision 0019) must give exactly what the one-pass load gives: the same model, the same
 * problems in the same order with the same file, line, column, kind, path and message, the same quote and source
 * positions. Each case loads a file both ways, the split forced on however small the file.
 */
class SplitLoadTest {
    private static final String NAME = "model.json";
    private static final Map<String, String> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the split held (true), gave up for the one pass (false) or was not tried (null). */
    static Boolean assertSameAsOnePass(byte[] content, double share, boolean offsetsRequired) {
        List<Boolean> used = new ArrayList<>();
        LocatedLoad one = new ModelLoader(offsetsRequired, Long.MAX_VALUE, share, used::add)
                .loadWithLocations(content, NAME);
        assertThat(used).as("the one-pass loader never splits").isEmpty();
        LocatedLoad two = new ModelLoader(offsetsRequired, 0, share, used::add).loadWithLocations(content, NAME);

        assertThat(two.result().problems()).as("problems").isEqualTo(one.result().problems());
        assertThat(two.result().model()).as("model").isEqualTo(one.result().model());
        assertThat(two.locations().quoteCount()).as("quote positions").isEqualTo(one.locations().quoteCount());
        assertThat(two.locations().sourceCount()).as("source positions").isEqualTo(one.locations().sourceCount());
        for (int i = 0; i < one.locations().quoteCount(); i++) {
            assertThat(two.locations().quote(i)).as("quote %d", i).isEqualTo(one.locations().quote(i));
        }
        for (int i = 0; i < one.locations().sourceCount(); i++) {
            assertThat(two.locations().source(i)).as("source %d", i).isEqualTo(one.locations().source(i));
        }
        return used.isEmpty() ? null : used.get(0);
    }

    static Boolean assertSameAsOnePass(String content, double share) {
        return assertSameAsOnePass(content.getBytes(StandardCharsets.UTF_8), share, true);
    }

    static String generated(int quotes, long seed) {
        return GENERATED.computeIfAbsent(quotes + "/" + seed, key -> {
            Model model = new ModelGenerator().generate(GeneratorSettings.forQuotes(quotes).withSeed(seed)).model();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new ModelWriter().write(model, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"data/china-us-ai-labs.json, true", "src/test/resources/models/small.json, true",
            "src/test/resources/models/small-fileless.json, true",
            "src/test/resources/models/bad-model-base.json, false"}) // one point: nothing to cut
    void theBundledAndTestModelsLoadTheSameSplitAnywhere(String file, boolean cuttable) throws IOException {
        byte[] content = Files.readAllBytes(Path.of(file));
        Boolean expected = cuttable ? Boolean.TRUE : null;
        for (double share : new double[] {0, 0.3, 0.5, 0.8}) {
            assertThat(assertSameAsOnePass(content, share, true)).as("split held at %s", share).isEqualTo(expected);
            assertThat(assertSameAsOnePass(content, share, false)).as("split held at %s", share).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void generatedModelsLoadTheSame(int seed) {
        for (int quotes : new int[] {1000, 4000, 10000}) {
            String model = generated(quotes, seed);
            assertThat(assertSameAsOnePass(model, 0.5)).as("split held").isTrue();
        }
    }

    static Stream<Arguments> badModels() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-models"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Arguments::of).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("badModels")
    void everyBadModelOfTheCorpusGetsTheSameProblems(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        for (double share : new double[] {0, 0.5, 0.9}) {
            assertSameAsOnePass(content, share, true);
        }
    }

    // --- broken variants of a generated model; "head" edits the first point, "tail" the last ones -------------

    /** Replaces the first {@code target} after {@code from}. */
    private static String replaceAfter(String text, int from, String target, String replacement) {
        int at = text.indexOf(target, from);
        assertThat(at).as("%s after %d", target, from).isGreaterThanOrEqualTo(0);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static int firstPoint(String text) {
        return text.indexOf("\"points\" : [");
    }

    /** The start of the {@code back}-th point from the end (1 = the last). */
    private static int pointFromEnd(String text, int back) {
        int at = text.length();
        for (int i = 0; i < back; i++) {
            at = text.lastIndexOf("}, {\n    \"id\"", at - 1);
        }
        return at;
    }

    private static String idOfPoint(String text, int from) {
        int start = text.indexOf("\"id\" : \"", from) + 8;
        return text.substring(start, text.indexOf('"', start));
    }

    /** Replaces the id of the point starting at {@code at}. */
    private static String setPointId(String text, int at, String id) {
        return replaceAfter(text, at, "\"id\" : \"" + idOfPoint(text, at) + "\"", "\"id\" : \"" + id + "\"");
    }

    static Stream<Arguments> brokenVariants() {
        Map<String, UnaryOperator<String>> variants = new java.util.LinkedHashMap<>();
        variants.put("HELD:" + "dangling theme and side in the tail, side in the head", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 2), "\"theme\" : \"", "\"theme\" : \"talentt");
            s = replaceAfter(s, pointFromEnd(s, 1), "\"side\" : \"", "\"side\" : \"nowhere-");
            return replaceAfter(s, firstPoint(s), "\"side\" : \"", "\"side\" : \"elsewhere-");
        });
        variants.put("HELD:" + "point id of the head used again in the tail, twice", t -> {
            String first = idOfPoint(t, firstPoint(t));
            String s = setPointId(t, pointFromEnd(t, 3), first);
            return setPointId(s, pointFromEnd(s, 1), first);
        });
        variants.put("HELD:" + "point id used twice in the tail only", t -> {
            String s = setPointId(t, pointFromEnd(t, 3), "twice-in-the-tail");
            return setPointId(s, pointFromEnd(s, 1), "twice-in-the-tail");
        });
        variants.put("HELD:" + "duplicate point id and a problem before it in the same point", t -> {
            String first = idOfPoint(t, firstPoint(t));
            String s = replaceAfter(t, pointFromEnd(t, 2), "    \"id\" : \"", "    \"colour\" : 1,\n    \"id\" : \"");
            return setPointId(s, pointFromEnd(s, 2), first);
        });
        variants.put("HELD:" + "wrong types in both halves", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 1), "\"start\" : ", "\"start\" : \"twelve\", \"x\" : ");
            s = replaceAfter(s, pointFromEnd(s, 4), "\"title\" : ", "\"title\" : 12, \"y\" : ");
            return replaceAfter(s, firstPoint(s), "\"stance\" : ", "\"stance\" : true, \"z\" : ");
        });
        variants.put("HELD:" + "unknown fields and a bad enum in the tail", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 2), "\"framings\" : [", "\"framing\" : 3, \"framings\" : [");
            return replaceAfter(s, pointFromEnd(s, 1), "\"certainty\" : \"", "\"certainty\" : \"x");
        });
        variants.put("HELD:" + "offsets out of range in both halves", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 1), "\"end\" : ", "\"end\" : 1");
            s = replaceAfter(s, pointFromEnd(s, 2), "\"start\" : ", "\"start\" : -");
            return replaceAfter(s, firstPoint(s), "\"end\" : ", "\"end\" : 9");
        });
        variants.put("GAVE_UP:" + "syntax error before the cut", t -> replaceAfter(t, firstPoint(t), "\"title\" : ", "\"title\" "));
        variants.put("GAVE_UP:" + "syntax error after the cut", t -> replaceAfter(t, pointFromEnd(t, 1), "\"title\" : ", "\"title\" "));
        variants.put("GAVE_UP:" + "unclosed string after the cut", t -> replaceAfter(t, pointFromEnd(t, 1), "\"title\" : \"",
                "\"title\" : \"\\"));
        variants.put("HELD:" + "missing root title and a tail problem", t -> {
            String s = replaceAfter(t, 0, "\"title\" : ", "\"titel\" : ");
            return replaceAfter(s, pointFromEnd(s, 1), "\"end\" : ", "\"end\" : 1");
        });
        variants.put("HELD:" + "no sources: every framing's source is checked at the end", t -> {
            int from = t.indexOf("\"sources\" : [");
            int to = t.indexOf("\"points\" : [");
            return t.substring(0, from) + t.substring(to);
        });
        variants.put("HELD:" + "no themes: checked at the end", t -> {
            int from = t.indexOf("\"themes\" : [");
            int to = t.indexOf("\"sources\" : [");
            return t.substring(0, from) + t.substring(to);
        });
        variants.put("NOT_TRIED:" + "points not last", t -> {
            String s = replaceAfter(t, 0, "\"title\" : ", "\"titel\" : ");
            int end = s.lastIndexOf('}');
            return s.substring(0, end) + ", \"title\" : \"late\"\n}\n";
        });
        variants.put("NOT_TRIED:" + "trailing content", t -> t + "x");
        variants.put("ANY:" + "trailing close marks", t -> t + "]}");
        variants.put("ANY:" + "points given twice", t -> {
            int points = firstPoint(t);
            return t.substring(0, points) + "\"points\" : [ { \"id\" : \"early\" } ],\n  " + t.substring(points);
        });
        variants.put("ANY:" + "points given twice, the first one long", t -> {
            int points = firstPoint(t);
            String array = t.substring(points, t.lastIndexOf(']') + 1);
            return t.substring(0, points) + array + ",\n  " + t.substring(points);
        });
        variants.put("HELD:" + "CRLF line ends with problems in both halves", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 1), "\"end\" : ", "\"end\" : 1");
            s = replaceAfter(s, firstPoint(s), "\"side\" : \"", "\"side\" : \"elsewhere-");
            return s.replace("\n", "\r\n");
        });
        variants.put("HELD:" + "lone CR line ends with problems in both halves", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 1), "\"end\" : ", "\"end\" : 1");
            s = replaceAfter(s, firstPoint(s), "\"side\" : \"", "\"side\" : \"elsewhere-");
            return s.replace("\n", "\r");
        });
        variants.put("HELD:" + "emoji before the cut and before a problem on the same line", t -> {
            String s = replaceAfter(t, firstPoint(t), "\"title\" : \"", "\"title\" : \"\uD83D\uDE80 é ");
            s = replaceAfter(s, pointFromEnd(s, 1), "\"title\" : \"", "\"title\" : \"\uD83D\uDE80\", \"bad\" : \"");
            return replaceAfter(s, pointFromEnd(s, 2), "\"id\" : \"", "\"id\" : \"\uD83D\uDE80");
        });
        variants.put("HELD:" + "all on one line with problems in both halves", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 1), "\"end\" : ", "\"end\" : 1");
            s = replaceAfter(s, firstPoint(s), "\"side\" : \"", "\"side\" : \"elsewhere-");
            return s.replace("\n", "");
        });
        variants.put("GAVE_UP:" + "a quote of the tail nested too deep", t -> replaceAfter(t, pointFromEnd(t, 1), "\"frame\" : ",
                "\"frame\" : " + "[".repeat(98) + "]".repeat(98) + ", \"frame2\" : "));
        variants.put("HELD:" + "a quote of the tail nested just deep enough", t -> replaceAfter(t, pointFromEnd(t, 1),
                "\"frame\" : ", "\"frame\" : " + "[".repeat(95) + "]".repeat(95) + ", \"frame2\" : "));
        variants.put("GAVE_UP:" + "a trailing comma in the points", t -> {
            int end = t.lastIndexOf(']');
            return t.substring(0, end) + ", " + t.substring(end);
        });
        variants.put("ANY:" + "objects that look like points inside every point", t -> t.replace("\"claims\" : {",
                "\"notes\" : [ { \"a\" : 1 }, { \"id\" : 2 } ],\n    \"claims\" : {"));
        variants.put("HELD:" + "a byte order mark, problems in both halves", t -> {
            String s = replaceAfter(t, pointFromEnd(t, 1), "\"end\" : ", "\"end\" : 1");
            s = replaceAfter(s, firstPoint(s), "\"side\" : \"", "\"side\" : \"elsewhere-");
            return "\uFEFF" + s.replace("\"title\" : \"Synthetic", "\"title\" : 1, \"x\" : \"Synthetic");
        });
        variants.put("ANY:" + "a list after the points (sides: every side is checked at the end)", t -> {
            t = replaceAfter(t, pointFromEnd(t, 1), "\"end\" : ", "\"end\" : 1");
            int from = t.indexOf("\"sides\" : [");
            int to = t.indexOf("\"themes\" : [");
            String sides = t.substring(from, to).trim();
            String s = t.substring(0, from) + t.substring(to);
            int end = s.lastIndexOf('}');
            return s.substring(0, end).stripTrailing() + ",\n  " + sides.substring(0, sides.length() - 1) + "\n}\n";
        });
        variants.put("ANY:" + "empty points", t -> t.substring(0, firstPoint(t)) + "\"points\" : [ , ]\n}");
        return variants.entrySet().stream().map(e -> Arguments.of(e.getKey().substring(e.getKey().indexOf(':') + 1),
                e.getKey().substring(0, e.getKey().indexOf(':')), e.getValue()));
    }

    /**
     * {@code split}: HELD when the problems do not stop the parser (found on two threads), GAVE_UP when they do (the
     * one pass finds them), NOT_TRIED when the file has no cut, ANY when it depends on where the cut falls.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantsGetTheSameProblems(String name, String split, UnaryOperator<String> breakIt) {
        String broken = breakIt.apply(generated(1000, 7));
        assertThat(broken).isNotEqualTo(generated(1000, 7));
        for (double share : new double[] {0.1, 0.5, 0.9}) {
            Boolean held = assertSameAsOnePass(broken, share);
            if (!split.equals("ANY")) {
                assertThat(held).as("split at %s", share).isEqualTo(switch (split) {
                    case "HELD" -> Boolean.TRUE;
                    case "GAVE_UP" -> Boolean.FALSE;
                    default -> null;
                });
            }
        }
        assertThat(new ModelLoader().load(broken.getBytes(StandardCharsets.UTF_8), NAME).problems())
                .as("the variant is broken").isNotEmpty();
    }

    @Test
    void problemsThatDoNotStopTheParserAreFoundOnTwoThreads() {
        String t = generated(1000, 7);
        String first = idOfPoint(t, firstPoint(t));
        String broken = setPointId(t, pointFromEnd(t, 1), first);
        broken = replaceAfter(broken, pointFromEnd(broken, 2), "\"theme\" : \"", "\"theme\" : \"talentt");

        assertThat(assertSameAsOnePass(broken, 0.5)).as("split held").isTrue();
        List<Problem> problems = new ModelLoader().load(broken.getBytes(StandardCharsets.UTF_8), NAME).problems();
        assertThat(problems).extracting(Problem::kind)
                .containsExactly(ProblemKind.DANGLING_REF, ProblemKind.DUPLICATE_ID);
        int firstLine = (int) t.substring(0, t.indexOf("\"id\" : \"" + first)).chars().filter(c -> c == '\n').count() + 1;
        assertThat(problems.get(1).message()).isEqualTo("point id \"" + first + "\" is already used (line "
                + firstLine + ")");
    }

    @Test
    void aSyntaxErrorMakesTheSplitGiveUp() {
        String t = generated(1000, 7);
        String broken = replaceAfter(t, pointFromEnd(t, 1), "\"title\" : ", "\"title\" ");

        assertThat(assertSameAsOnePass(broken, 0.5)).as("split gave up").isFalse();
    }

    @Test
    void pointsAfterTheCutShareTheStringsOfTheIdsTheyName() {
        byte[] content = generated(1000, 3).getBytes(StandardCharsets.UTF_8);
        Model model = new ModelLoader(true, 0, 0.1, used -> assertThat(used).isTrue()).load(content, NAME).model();

        Point last = model.points().get(model.points().size() - 1);
        assertThat(last.theme()).isSameAs(model.theme(last.theme()).orElseThrow().id());
        String source = last.framings().get(0).source();
        assertThat(source).isSameAs(model.source(source).orElseThrow().id());
    }

    @Test
    void theCutIsACommaBetweenTwoPointsAfterTheWantedShare() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/models/small.json"));

        PointsCut cut = PointsCut.find(bytes, 0.5).orElseThrow();

        assertThat(bytes[cut.arrayStart()]).isEqualTo((byte) '[');
        assertThat(new String(bytes, 0, cut.arrayStart(), StandardCharsets.UTF_8)).endsWith("\"points\": ");
        assertThat(bytes[cut.pointsEnd()]).isEqualTo((byte) ']');
        assertThat(new String(bytes, cut.pointsEnd(), bytes.length - cut.pointsEnd(), StandardCharsets.UTF_8))
                .isEqualToIgnoringWhitespace("]}");
        assertThat(cut.cut()).isGreaterThanOrEqualTo(cut.arrayStart() + (cut.pointsEnd() - cut.arrayStart()) / 2);
        assertThat(new String(bytes, cut.cut(), 40, StandardCharsets.UTF_8)).matches("(?s),\\s*\\{\\s*\"id\".*");
    }

    @Test
    void noCutWithoutAPointLikeBoundaryOrWhenThePointsAreNotLast() {
        String notLast = "{\"points\" : [{\"id\" : 1}, {\"id\" : 2}], \"title\" : \"x\"}";
        assertThat(PointsCut.find(notLast.getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
        String numbers = "{\"title\" : \"points\", \"points\" : [1, 2, 3]}";
        assertThat(PointsCut.find(numbers.getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
        String framings = "{\"points\" : [{\"framings\" : [{\"source\" : 1}, {\"source\" : 2}]}]}";
        assertThat(PointsCut.find(framings.getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
        String points = "{\"title\" : \"points\", \"points\" : [{\"id\" : 1},\n{ \"theme\" : 2}]}";
        PointsCut cut = PointsCut.find(points.getBytes(StandardCharsets.UTF_8), 0).orElseThrow();
        assertThat(points.charAt(cut.cut() - 1)).isEqualTo('}');
        assertThat(points.indexOf("\"points\" : [")).isEqualTo(cut.arrayStart() - 11);
    }
}
