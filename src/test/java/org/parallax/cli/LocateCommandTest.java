package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ModelLoader;
import org.parallax.model.Quote;

class LocateCommandTest {
    private static final Path SMALL = Path.of(ValidateCommandTest.SMALL);
    private static final String SOURCES = ValidateCommandTest.SMALL_SOURCES;

    /** small.json with the beta quote after the emoji stripped of its offsets. */
    private static Path withoutOffsets(Path dir) throws IOException {
        String json = Files.readString(SMALL, StandardCharsets.UTF_8).replace("""
                              "start": 21,
                              "end": 77,
                """, "");
        assertThat(json).doesNotContain("\"start\": 21,");
        Path model = dir.resolve("model.json");
        Files.writeString(model, json, StandardCharsets.UTF_8);
        return model;
    }

    @Test
    void reportsTheOffsetsItFindsCountingTheEmojiAsOneCharacter(@TempDir Path dir) throws IOException {
        Path model = withoutOffsets(dir);
        String before = Files.readString(model);

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("$.points[0].framings[1].quotes[0]: no offsets -> [21, 77)")
                .contains("located: 1 changed, 6 already right, 0 not located");
        assertThat(Files.readString(model)).isEqualTo(before);
    }

    @Test
    void writeFillsTheOffsetsSoTheModelValidates(@TempDir Path dir) throws IOException {
        Path model = withoutOffsets(dir);
        assertThat(CliRun.of("validate", model.toString()).exitCode()).isEqualTo(1);

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).isZero();
        assertThat(CliRun.of("validate", model.toString(), "--sources", SOURCES).exitCode()).isZero();
        Quote quote = new ModelLoader().load(model).model().points().get(0).framings().get(1).quotes().get(0);
        assertThat(quote.start()).isEqualTo(21);
        assertThat(quote.end()).isEqualTo(77);
    }

    @Test
    void anAmbiguousOrMissingTextIsAProblemAndNothingIsWritten(@TempDir Path dir) throws IOException {
        // beta.txt has "labs" twice ("Ruritanian labs", "Freedonian labs"); gamma.txt lacks the second text.
        String json = Files.readString(withoutOffsets(dir), StandardCharsets.UTF_8)
                .replace("\"Ruritanian labs may train on roughly 5,000 accelerators.\"", "\"labs\"")
                .replace("\"Ruritania's government funds compute generously, according to officials.\"",
                        "\"Nowhere in the article.\"");
        Path model = dir.resolve("model.json");
        Files.writeString(model, json, StandardCharsets.UTF_8);
        String before = Files.readString(model);

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("ambiguous at $.points[0].framings[1].quotes[0].text: the text occurs 2 times "
                + "in beta.txt")
                .contains("not-verbatim at $.points[3].framings[0].quotes[0].text: the text does not occur in gamma.txt")
                .contains("was not changed");
        assertThat(Files.readString(model)).isEqualTo(before);
    }

    @Test
    void currentOffsetsThatPointAtOneOccurrenceAreKept(@TempDir Path dir) throws IOException {
        String json = Files.readString(SMALL, StandardCharsets.UTF_8)
                .replace("\"Ruritanian labs may train on roughly 5,000 accelerators.\",\n              \"start\": 21,\n"
                        + "              \"end\": 77,", "\"labs\",\n              \"start\": 32,\n"
                        + "              \"end\": 36,");
        Path model = dir.resolve("model.json");
        Files.writeString(model, json, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("located: 0 changed, 7 already right");
    }

    /** small.json with the beta quote replaced by "labs" (twice in beta.txt) and the given offsets/occurrence. */
    private static Path labsQuote(Path dir, String fields) throws IOException {
        String json = Files.readString(SMALL, StandardCharsets.UTF_8)
                .replace("\"Ruritanian labs may train on roughly 5,000 accelerators.\",\n              \"start\": 21,\n"
                        + "              \"end\": 77,", "\"labs\"," + fields);
        assertThat(json).contains("\"labs\"," + fields);
        Path model = dir.resolve("model.json");
        Files.writeString(model, json, StandardCharsets.UTF_8);
        return model;
    }

    private static Quote labs(Path model) {
        return new ModelLoader().load(model).model().points().get(0).framings().get(1).quotes().get(0);
    }

    @Test
    void anOccurrencePicksThatPlaceOfATextThatOccursTwice(@TempDir Path dir) throws IOException {
        Path model = labsQuote(dir, " \"occurrence\": 2,");

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("$.points[0].framings[1].quotes[0]: no offsets -> [149, 153)");
        assertThat(labs(model)).isEqualTo(new Quote("labs", 149, 153, "ruritania", 2));
        assertThat(CliRun.of("validate", model.toString(), "--sources", SOURCES).exitCode()).isZero();
    }

    @Test
    void anOccurrenceMovesOffsetsThatReadAnotherOccurrence(@TempDir Path dir) throws IOException {
        Path model = labsQuote(dir, " \"start\": 32, \"end\": 36, \"occurrence\": 2,");
        CliRun validate = CliRun.of("validate", model.toString(), "--sources", SOURCES);
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("not-verbatim at $.points[0].framings[1].quotes[0].text: not at its "
                + "occurrence: the offsets [32, 36) read the text, but the quote asks for occurrence 2 and occurrence 2 "
                + "is at [149, 153)");

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("$.points[0].framings[1].quotes[0]: [32, 36) -> [149, 153)");
        assertThat(labs(model).start()).isEqualTo(149);
    }

    @Test
    void theFirstOccurrenceIsKeptWhenTheQuoteSaysOne(@TempDir Path dir) throws IOException {
        Path model = labsQuote(dir, " \"start\": 32, \"end\": 36, \"occurrence\": 1,");

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("located: 0 changed, 7 already right");
    }

    @Test
    void anOccurrenceBeyondTheTextsOccurrencesIsAProblem(@TempDir Path dir) throws IOException {
        Path model = labsQuote(dir, " \"occurrence\": 3,");
        String before = Files.readString(model);

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("range at $.points[0].framings[1].quotes[0].occurrence: occurrence 3 asked for, "
                + "but the text occurs only 2 times in beta.txt");
        assertThat(Files.readString(model)).isEqualTo(before);
    }

    @Test
    void anOccurrenceBelowOneIsARangeProblem(@TempDir Path dir) throws IOException {
        Path model = labsQuote(dir, " \"occurrence\": 0,");

        CliRun run = CliRun.of("validate", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("range at $.points[0].framings[1].quotes[0].occurrence: occurrence 0 is not 1 "
                + "or more");
    }

    @Test
    void theAmbiguousMessageSuggestsAnOccurrence(@TempDir Path dir) throws IOException {
        Path model = labsQuote(dir, "");

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the text occurs 2 times in beta.txt, at [32, 36), [149, 153)")
                .contains("give the quote an \"occurrence\"");
    }

    @Test
    void writeKeepsATopLevelSchemaHint(@TempDir Path dir) throws IOException {
        Path model = withoutOffsets(dir);
        Files.writeString(model, Files.readString(model).replaceFirst("\\{", "{\n  \"\\$schema\": \"../model-schema.json\","));

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(model)).contains("\"$schema\" : \"../model-schema.json\"");
        assertThat(new ModelLoader().load(model).model().schema()).isEqualTo("../model-schema.json");
    }

    @Test
    void sourcesIsRequired() {
        assertThat(CliRun.of("locate", SMALL.toString()).exitCode()).isEqualTo(2);
    }
}
