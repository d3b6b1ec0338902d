package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The window on a machine that cannot show one (no display, or no GTK): a plain message and exit 1, no stack trace. */
class WindowWithoutDisplayTest {
    @Test
    void noDisplayIsAMessageNotAStackTrace() throws Exception {
        JavaRun run = JavaRun.withoutDisplay(Path.of("data/china-us-ai-labs.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("parallax: the window cannot start: ")
                .contains("libgtk-3-0").contains("parallax --help")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }
}
