package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String SMALL = "src/test/resources/models/small.json";
    static final String SMALL_SOURCES = "src/test/resources/models/small-sources";

    /** Line 3 names a theme nobody defines; "nope" starts at column 34 (one leading space, then 33 characters). */
    static final String DANGLING = """
            {"schemaVersion": 1, "title": "Été", "sides": [], "themes": [{"id": "t", "label": "T"}],
             "sources": [{"id": "s", "title": "S", "kind": "original"}],
             "points": [{"id": "p", "theme": "nope", "title": "P",
                         "framings": [{"source": "s", "quotes": [{"text": "ab", "start": 0, "end": 2}]}]}]}
            """;

    @Test
    void aValidModelPrintsItsCountsAndExitsZero() {
        CliRun run = CliRun.of("validate", SMALL);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("valid: 3 sources, 3 themes, 4 points, 7 quotes\n");
    }

    @Test
    void pointsWithoutFramingsAreValidAndCounted(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.json");
        Files.writeString(model, DANGLING.replace("\"nope\"", "\"t\"").replace("]}]}]}", "]}]},\n"
                + "  {\"id\": \"q\", \"theme\": \"t\", \"title\": \"Q\", \"framings\": []}]}"), StandardCharsets.UTF_8);

        CliRun text = CliRun.of("validate", model.toString());
        CliRun json = CliRun.of("validate", model.toString(), "--format", "json");

        assertThat(text.exitCode()).as(text.out()).isZero();
        assertThat(text.out()).isEqualTo("valid: 1 sources, 1 themes, 2 points (1 is made by no source yet), "
                + "1 quotes\n");
        assertThat(json.out()).contains("\"pointsWithoutFramings\" : 1");
    }

    @Test
    void withSourcesEveryQuoteIsVerified() {
        CliRun run = CliRun.of("validate", SMALL, "--sources", SMALL_SOURCES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("valid: 3 sources, 3 themes, 4 points, 7 quotes\n")
                .contains("verified: 7 of 7 quotes against 3 articles");
    }

    @Test
    void anInvalidModelPrintsOneLocatedLinePerProblemThenASummaryAndExitsOne(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.json");
        Files.writeString(model, DANGLING, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().split("\n")).containsExactly(
                model + ":3:34: dangling-ref at $.points[0].theme: theme \"nope\" is not defined in $.themes",
                "invalid: 1 problem (1 dangling-ref)");
    }

    @Test
    void theJsonReportParsesAndCarriesEveryField(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.json");
        Files.writeString(model, DANGLING, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", model.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo(model.toString());
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asInt()).isEqualTo(34);
        assertThat(problem.get("kind").asText()).isEqualTo("dangling-ref");
        assertThat(problem.get("path").asText()).isEqualTo("$.points[0].theme");
        assertThat(report.get("counts").get("problems").asInt()).isEqualTo(1);
    }

    @Test
    void aValidJsonReportHasTheCounts() throws IOException {
        JsonNode report = new ObjectMapper().readTree(CliRun.of("validate", SMALL, "--format", "json").out());

        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("counts").get("quotes").asInt()).isEqualTo(7);
        assertThat(report.get("counts").get("sources").asInt()).isEqualTo(3);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("validate", SMALL, "--no-such-flag").exitCode()).isEqualTo(2);
        CliRun badFormat = CliRun.of("validate", SMALL, "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format must be text or json");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun run = CliRun.of("validate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--sources=DIR").contains("--format=FORMAT").contains("MODEL");
    }

    @Test
    void aFolderInsteadOfAModelIsAProblemNotAStackTrace(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("io at $: this is a folder");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void outputIsUtf8WhateverTheLocale(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("é.json");
        Files.writeString(model, DANGLING.replace("\"nope\"", "\"thème\""), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the command line writes UTF-8 bytes to the standard output's file descriptor, not through System.out's
        // locale-dependent encoder: the same run over a byte stream shows what it sends there
        int code = ParallaxCommand.run(bytes, new ByteArrayOutputStream(), "validate", model.toString());

        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("é.json:3:").contains("theme \"thème\"");
    }
}
