package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String MODEL = "src/test/resources/models/small.json";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void textFormatMarksDeletionsAndInsertionsAndListsTheChanges() {
        int code = run("diff", MODEL, "--point", "accelerator-count", "--from", "alpha", "--to", "beta");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString())
                .contains("[-about 2,000-]{+roughly 5,000+}")
                .contains("accelerators[-, one engineer said-].")
                .containsPattern("figure-drift +changed +B gives '5,000' where A gives '2,000'")
                .containsPattern("hedging +added +B adds the hedge 'may'")
                .containsPattern("attribution +dropped +B drops the attribution 'one engineer said'");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonFormatHasExactlyTheContractFields() throws IOException {
        int code = run("diff", MODEL, "--point", "accelerator-count", "--from", "alpha", "--to", "beta",
                "--format", "json");
        assertThat(code).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(json)).startsWith("from", "to", "fromText", "toText", "spans", "alignment",
                "changes", "similarity");
        assertThat(json.get("from").asText()).isEqualTo("alpha");
        assertThat(json.get("fromText").asText())
                .isEqualTo("Labs in Ruritania train on about 2,000 accelerators, one engineer said.");
        assertThat(fieldNames(json.get("spans").get(0)))
                .containsExactly("op", "fromStart", "fromEnd", "toStart", "toEnd");
        assertThat(fieldNames(json.get("changes").get(0))).containsExactly("label", "direction", "from", "to",
                "fromStart", "fromEnd", "toStart", "toEnd", "explanation");
        assertThat(fieldNames(json.get("alignment").get(0)))
                .containsExactly("fromStart", "fromEnd", "toStart", "toEnd", "similarity");
        List<String> changes = new ArrayList<>();
        json.get("changes").forEach(c -> changes.add(c.get("label").asText() + ":" + c.get("direction").asText()
                + ":" + c.get("from").asText() + ">" + c.get("to").asText()));
        assertThat(changes).contains("figure-drift:changed:2,000>5,000", "hedging:added:>may",
                "attribution:dropped:one engineer said>");
        String fromText = json.get("fromText").asText();
        for (JsonNode change : json.get("changes")) {
            assertThat(fromText.substring(change.get("fromStart").asInt(), change.get("fromEnd").asInt()))
                    .isEqualTo(change.get("from").asText());
        }
        assertThat(json.get("similarity").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void jsonOffsetsCountCodePointsAndRebuildTheSecondText() throws IOException {
        Path a = write("a.txt", "Rocket \uD83D\uDE80 labs grew.");
        Path b = write("b.txt", "Rocket \uD83D\uDE80 labs may grow.");
        assertThat(run("diff", "--files", a.toString(), b.toString(), "--format", "json")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        int[] from = json.get("fromText").asText().codePoints().toArray();
        int[] to = json.get("toText").asText().codePoints().toArray();
        StringBuilder rebuilt = new StringBuilder();
        for (JsonNode span : json.get("spans")) {
            int[] source = span.get("op").asText().equals("equal") ? from : to;
            int start = span.get(source == from ? "fromStart" : "toStart").asInt();
            int end = span.get(source == from ? "fromEnd" : "toEnd").asInt();
            rebuilt.append(new String(source, start, end - start));
        }
        assertThat(rebuilt.toString()).isEqualTo("Rocket \uD83D\uDE80 labs may grow.");
    }

    @Test
    void filesAreComparedAsText() throws IOException {
        Path a = write("a.txt", "\uFEFFThe firm hired 40 people.");
        Path b = write("b.txt", "The firm hired 400 people.");
        assertThat(run("diff", "--files", a.toString(), b.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("[-40-]{+400+}")
                .containsPattern("figure-drift +changed +B gives '400' where A gives '40'");
    }

    @Test
    void unrelatedLongTextsSayOnStandardErrorThatTheDiffIsCoarse() throws IOException {
        Path a = write("a.txt", randomSentences(new java.util.Random(1), "abcdefghijklm"));
        Path b = write("b.txt", randomSentences(new java.util.Random(2), "nopqrstuvwxyz"));
        assertThat(run("diff", "--files", a.toString(), b.toString(), "--format", "json")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out.toString()).get("alignment")).isEmpty();
        assertThat(err.toString()).contains("note: the texts are too different to align");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("alignment")).isEmpty();
        assertThat(json.get("spans")).hasSizeLessThanOrEqualTo(3);
    }

    /** About 6,000 words of 4 letters from {@code letters}, in sentences of 12 words. */
    private static String randomSentences(java.util.Random random, String letters) {
        StringBuilder text = new StringBuilder();
        for (int word = 1; word <= 6000; word++) {
            for (int i = 0; i < 4; i++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            text.append(word % 12 == 0 ? ". " : " ");
        }
        return text.toString();
    }

    @Test
    void aSourceThatDoesNotMakeThePointIsAnInputError() {
        int code = run("diff", MODEL, "--point", "state-funding", "--from", "alpha", "--to", "gamma");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("'alpha' does not make point 'state-funding'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownPointOrSourceIsAnInputError() {
        assertThat(run("diff", MODEL, "--point", "nope", "--from", "alpha", "--to", "beta")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown point 'nope'");
        assertThat(run("diff", MODEL, "--point", "accelerator-count", "--from", "alpha", "--to", "zeta"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("unknown source 'zeta'")
                .contains("  alpha  Alpha Weekly").contains("  beta   Beta Review"); // id and short name
    }

    @Test
    void pointsAndSourcesMatchTheirNamesIgnoringCase() {
        int code = run("diff", MODEL, "--point", "how many ACCELERATORS labs train on", "--from", "ALPHA",
                "--to", "beta review notes", "--format", "json");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("\"from\" : \"alpha\"").contains("\"to\" : \"beta\"");
    }

    @Test
    void anInvalidModelPrintsItsProblemsAndExitsOne() throws IOException {
        Path broken = write("broken.json", "{\"schemaVersion\": 1, \"title\": ");
        int code = run("diff", broken.toString(), "--point", "p", "--from", "a", "--to", "b");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("broken.json:").contains("invalid model");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run("diff", MODEL, "--point", "accelerator-count")).isEqualTo(2);
        assertThat(run("diff")).isEqualTo(2);
        assertThat(run("diff", MODEL, "--bogus")).isEqualTo(2);
        assertThat(run("diff", MODEL, "--point", "accelerator-count", "--from", "alpha", "--to", "beta",
                "--format", "xml")).isEqualTo(2);
        Path a = write("a.txt", "x");
        assertThat(run("diff", MODEL, "--files", a.toString(), a.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThat(run("diff", "--files", temp.resolve("none.txt").toString(), temp.resolve("x.txt").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("none.txt: no such file");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
