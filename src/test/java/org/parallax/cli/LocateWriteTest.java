package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ModelLoader;

/**
 * Defect 8 of issue 18: {@code locate --write} dropped the top-level {@code "$schema"} that docs/model-format.md
 * presents as supported, and rewrote the file (new inode, new time) when nothing changed.
 */
class LocateWriteTest {
    private static final Path SMALL = Path.of(ValidateCommandTest.SMALL);
    private static final String SOURCES = ValidateCommandTest.SMALL_SOURCES;
    private static final String SCHEMA = "https://example.org/parallax/model-schema.json";

    private static Path withSchema(Path dir, boolean dropOneOffset) throws IOException {
        String json = Files.readString(SMALL, StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\n  \"\\$schema\": \"" + SCHEMA + "\",");
        if (dropOneOffset) {
            json = json.replace("""
                                  "start": 21,
                                  "end": 77,
                    """, "");
        }
        Path model = dir.resolve("model.json");
        Files.writeString(model, json, StandardCharsets.UTF_8);
        return model;
    }

    @Test
    void writeKeepsTheSchemaField(@TempDir Path dir) throws IOException {
        Path model = withSchema(dir, true);

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("located: 1 changed");
        assertThat(Files.readString(model)).startsWith("{\n  \"$schema\" : \"" + SCHEMA + "\",");
        assertThat(new ModelLoader().load(model).problems()).isEmpty();
    }

    @Test
    void writeLeavesTheFileUntouchedWhenNothingChanges(@TempDir Path dir) throws IOException {
        Path model = withSchema(dir, false);
        byte[] before = Files.readAllBytes(model);
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(model, longAgo);
        Object inode = Files.readAttributes(model, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("located: 0 changed, 7 already right, 0 not located");
        assertThat(run.err()).contains("was left as it is").doesNotContain("wrote");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(model)).isEqualTo(longAgo);
        assertThat(Files.readAttributes(model, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
    }

    @Test
    void aModelWithoutSchemaGetsNone(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.json");
        Files.writeString(model, Files.readString(SMALL).replace("""
                                  "start": 21,
                                  "end": 77,
                    """, ""));

        CliRun run = CliRun.of("locate", model.toString(), "--sources", SOURCES, "--write");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(model)).doesNotContain("$schema").contains("\"start\" : 21");
    }
}
