package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive of a command's child JVM (decision 0019). */
class ShortRunArchiveTest {
    @TempDir
    Path folder;

    private Path jar() throws IOException {
        return Files.writeString(folder.resolve("parallax.jar"), "a jar");
    }

    private Path cache() {
        return folder.resolve("cache");
    }

    @Test
    void onlyCommandsThatDoWorkGetAnArchive() throws IOException {
        Path jar = jar();
        for (String[] args : List.of(new String[] {}, new String[] {"--version"}, new String[] {"help"},
                new String[] {"exprot", "m.json"})) {
            assertThat(ShortRunArchive.forRun(jar, args, List.of(), Optional.of(cache()))).as(String.join(" ", args))
                    .isEmpty();
        }
        assertThat(ShortRunArchive.forRun(jar, new String[] {"export", "m.json"}, List.of(), Optional.of(cache())))
                .isPresent();
    }

    @Test
    void noArchiveWhenTheUserTurnedSharingOffOrThereIsNoFolder() throws IOException {
        Path jar = jar();
        String[] args = {"diff", "--files", "a", "b"};
        assertThat(ShortRunArchive.forRun(jar, args, List.of("-Xshare:off"), Optional.of(cache()))).isEmpty();
        assertThat(ShortRunArchive.forRun(jar, args, List.of(), Optional.empty())).isEmpty();
    }

    @Test
    void theFirstRunWritesToAFileOfItsOwnThatASuccessfulRunMovesIntoPlace() throws IOException {
        ShortRunArchive first = ShortRunArchive.forRun(jar(), new String[] {"stats", "m.json"}, List.of(),
                Optional.of(cache())).orElseThrow();

        List<String> options = first.options();

        assertThat(options).contains("-XX:ArchiveClassesAtExit=" + first.writing(), "-Xlog:cds=off");
        assertThat(first.writing()).isNotEqualTo(first.archive());
        assertThat(cache()).isDirectory();
        Files.writeString(first.writing(), "archive bytes"); // what the child JVM writes at its exit
        first.afterExit(0);
        assertThat(first.archive()).hasContent("archive bytes");
        assertThat(first.writing()).doesNotExist();

        assertThat(first.options()).contains("-XX:SharedArchiveFile=" + first.archive())
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void theWindowHasAnArchiveOfItsOwn() throws IOException {
        Path jar = jar();
        ShortRunArchive window = ShortRunArchive.forWindow(jar, List.of(), Optional.of(cache())).orElseThrow();
        ShortRunArchive export = ShortRunArchive.forRun(jar, new String[] {"export"}, List.of(), Optional.of(cache()))
                .orElseThrow();

        assertThat(window.archive()).isNotEqualTo(export.archive());
        assertThat(window.archive().getFileName().toString()).startsWith("run-window-");
        assertThat(ShortRunArchive.forWindow(jar, List.of("-Xshare:off"), Optional.of(cache()))).isEmpty();
    }

    @Test
    void aFailedRunLeavesNoArchive() throws IOException {
        ShortRunArchive run = ShortRunArchive.forRun(jar(), new String[] {"validate", "m.json"}, List.of(),
                Optional.of(cache())).orElseThrow();
        run.options();
        Files.writeString(run.writing(), "archive of a run that failed");

        run.afterExit(1);

        assertThat(run.writing()).doesNotExist();
        assertThat(run.archive()).doesNotExist();
    }

    @Test
    void aRebuiltJarGetsItsOwnArchiveAndTheEarlierBuildsOneIsRemoved() throws IOException {
        Path jar = jar();
        ShortRunArchive before = ShortRunArchive.forRun(jar, new String[] {"export"}, List.of(), Optional.of(cache()))
                .orElseThrow();
        ShortRunArchive otherCommand = ShortRunArchive.forRun(jar, new String[] {"diff"}, List.of(),
                Optional.of(cache())).orElseThrow();
        Files.createDirectories(cache());
        Files.writeString(before.archive(), "old build");
        Files.writeString(otherCommand.archive(), "diff's");
        Files.writeString(jar, "a rebuilt jar, longer than before");

        ShortRunArchive after = ShortRunArchive.forRun(jar, new String[] {"export"}, List.of(), Optional.of(cache()))
                .orElseThrow();
        assertThat(after.archive()).isNotEqualTo(before.archive());
        assertThat(after.options()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
        Files.writeString(after.writing(), "new build");
        after.afterExit(0);

        assertThat(before.archive()).doesNotExist();
        assertThat(after.archive()).hasContent("new build");
        assertThat(otherCommand.archive()).as("another command's archive stays").exists();
    }
}
