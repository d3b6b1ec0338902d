package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @Test
    void printsPointsPerThemePerSourceWithTotals() {
        CliRun run = CliRun.of("stats", ValidateCommandTest.SMALL);

        // small.json: compute has accelerator-count (alpha, beta) and state-funding (gamma); talent and data
        // one point each, framed by alpha and beta.
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                theme       alpha  beta  gamma  points
                compute         1     1      1       2
                talent          1     1      0       1
                data            1     1      0       1
                all themes      3     3      1       4
                """);
    }

    @Test
    void anInvalidModelExitsOneWithItsProblemsOnStandardError(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("bad.json");
        Files.writeString(model, "{");

        CliRun run = CliRun.of("stats", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(model + ":1:2: syntax at $");
    }

    @Test
    void aSourceWithoutTextReadsNoTextNotZero() {
        CliRun run = CliRun.of("stats", "src/test/resources/models/small-fileless.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("delta-notes").contains("no text").contains("not a blind spot");
        String computeRow = run.out().lines().filter(line -> line.startsWith("compute")).findFirst().orElseThrow();
        assertThat(computeRow).endsWith("no text       2");
        assertThat(CliRun.of("stats", ValidateCommandTest.SMALL).out()).doesNotContain("no text");
    }

    @Test
    void themesAndSourcesMatchTheirLabelsIgnoringCase() {
        CliRun run = CliRun.of("stats", ValidateCommandTest.SMALL, "--theme", "TALENT", "--source", "beta review notes");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                theme   beta  points
                talent     1       1
                """);
    }

    @Test
    void anUnknownSourceExitsOneListingTheKnownIdsWithTheirNames() {
        CliRun run = CliRun.of("stats", ValidateCommandTest.SMALL, "--source", "blockbeats");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown source 'blockbeats'")
                .contains("alpha  Alpha Weekly").contains("gamma  Gamma"); // id and short name
    }
}
