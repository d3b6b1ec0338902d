package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines open the window (decision 0070) and which are commands. */
class WindowArgumentsTest {
    @Test
    void noArgumentsOpenTheWindowOnTheUsualModel() {
        assertThat(WindowArguments.parse(List.of())).contains(new WindowArguments(Optional.empty(), false));
    }

    @Test
    void aModelFileAsTheOnlyArgumentOpensIt() {
        assertThat(WindowArguments.parse(List.of("data/missing-yet.json")))
                .contains(new WindowArguments(Optional.of(Path.of("data/missing-yet.json")), false));
    }

    @Test
    void anExistingFileOpensWhateverItsName(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("comparison.model"), "{}");
        assertThat(WindowArguments.parse(List.of(model.toString())).orElseThrow().model()).contains(model);
    }

    @Test
    void theLaunchCheckFlagAndModelOptionAreWindowArguments() {
        assertThat(WindowArguments.parse(List.of("--model", "m.json", WindowArguments.EXIT_AFTER_FIRST_FRAME)))
                .contains(new WindowArguments(Optional.of(Path.of("m.json")), true));
        assertThat(WindowArguments.parse(List.of("m.json", "--exit-after-first-frame")).orElseThrow()
                .exitAfterFirstFrame()).isTrue();
    }

    @Test
    void aCommandsNameIsACommandEvenWhereAFileHasIt(@TempDir Path dir) throws Exception {
        Path stats = Files.writeString(dir.resolve("stats"), "{}");
        assertThat(WindowArguments.parse(List.of(stats.toString()), name -> name.equals(stats.toString()))).isEmpty();
        assertThat(WindowArguments.parse(List.of(stats.toString()), name -> false)).isPresent();
    }

    @Test
    void commandsAndOtherOptionsAreNot() {
        assertThat(WindowArguments.parse(List.of("validate", "m.json"))).isEmpty();
        assertThat(WindowArguments.parse(List.of("--version"))).isEmpty();
        assertThat(WindowArguments.parse(List.of("-V"))).isEmpty();
        assertThat(WindowArguments.parse(List.of("stats"))).isEmpty();
        assertThat(WindowArguments.parse(List.of("valdate"))).isEmpty();
    }
}
