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
}
