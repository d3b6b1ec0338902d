package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ModelLoader;

class ImportCommandTest {
    @TempDir
    Path dir;

    /** The hand-made MAXQDA-style project of the exchange tests, zipped. */
    private Path maxqda() throws Exception {
        Path root = Path.of(getClass().getResource("/org/parallax/io/exchange/tools/maxqda").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        Path qdpx = dir.resolve("study.qdpx");
        Files.write(qdpx, bytes.toByteArray());
        return qdpx;
    }

    @Test
    void importsAProjectListsWhatItSkippedByGuidAndWritesAValidModel() throws Exception {
        Path model = dir.resolve("out/model.json");
        Files.createDirectories(model.getParent());
        CliRun run = CliRun.of("import", maxqda().toString(), "--out", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("839172d1-c414-5256-b017-2b04dfbe656b").contains("UTF-16 units")
                .contains("import: wrote").contains("5 quotes");
        assertThat(new ModelLoader().load(model).problems()).isEmpty();
        assertThat(dir.resolve("out/sources")).isDirectory();
        CliRun validate = CliRun.of("validate", model.toString(), "--sources", dir.resolve("out/sources").toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path model = dir.resolve("model.json");
        Files.writeString(model, "{}");
        CliRun run = CliRun.of("import", maxqda().toString(), "--out", model.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("exists").contains("--force");
        assertThat(model).hasContent("{}");
        assertThat(dir.resolve("sources")).doesNotExist();
        assertThat(CliRun.of("import", maxqda().toString(), "--out", model.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void aFileThatIsNotRefiQdaIsExitOneWithAClearMessage() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "just text");
        CliRun run = CliRun.of("import", notes.toString(), "--out", dir.resolve("m.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("notes.txt is not a REFI-QDA file").doesNotContain("Exception");
        assertThat(dir.resolve("m.json")).doesNotExist();
    }

    @Test
    void withoutOutItIsAUsageError() throws Exception {
        assertThat(CliRun.of("import", maxqda().toString()).exitCode()).isEqualTo(2);
    }
}
