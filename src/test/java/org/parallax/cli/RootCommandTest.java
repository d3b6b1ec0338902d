package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The root command: version, the listing of commands, and what a run registers. */
class RootCommandTest {
    @Test
    void theVersionIsPrintedWithoutAnyCommand() {
        for (String flag : new String[] {"--version", "-V"}) {
            CliRun run = CliRun.of(flag);
            assertThat(run.exitCode()).as(flag).isZero();
            assertThat(run.out()).as(flag).startsWith("parallax ");
        }
    }

    @Test
    void theVersionIsTheBuildsNotAPlaceholder() {
        assertThat(CliRun.of("--version").out().strip()).matches("parallax \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void theHelpListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "locate", "export", "diff", "stats", "generate");
    }

    private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

    @Test
    void aRunRegistersOnlyItsCommandAndTheVersionNone() {
        assertThat(ParallaxCommand.create(NOWHERE, NOWHERE, "export").getSubcommands()).containsOnlyKeys("export");
        assertThat(ParallaxCommand.create(NOWHERE, NOWHERE, "--version").getSubcommands()).isEmpty();
        assertThat(ParallaxCommand.create(NOWHERE, NOWHERE, "--help").getSubcommands()).containsKeys("validate", "export",
                "help");
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatSuggestsTheNearOne() {
        CliRun run = CliRun.of("exprot", "m.json");

        assertThat(run.exitCode()).isEqualTo(ParallaxCommand.USAGE);
        assertThat(run.err()).contains("export");
    }
}
