package org.parallax.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;

class ModelSaverTest {
    @TempDir
    Path folder;

    final Model model = new ModelLoader().load(Path.of("src/test/resources/models/small.json")).model();

    @Test
    void saveKeepsThePreviousVersionAsBackupAndRemovesTheAutosave() throws Exception {
        Path file = folder.resolve("m.json");
        ModelSaver saver = new ModelSaver();
        DiskStamp first = saver.save(model, file, DiskStamp.ABSENT);
        assertThat(ModelSaver.backupOf(file)).doesNotExist();
        byte[] firstBytes = Files.readAllBytes(file);
        Model renamed = new StructureEdits.SetTitle("Renamed").apply(model);
        saver.autosave(renamed, file);
        assertThat(ModelSaver.hasNewerAutosave(file)).isTrue();
        assertThat(new ModelLoader().load(ModelSaver.autosaveOf(file)).model()).isEqualTo(renamed);
        saver.save(renamed, file, first);
        assertThat(Files.readAllBytes(ModelSaver.backupOf(file))).isEqualTo(firstBytes);
        assertThat(new ModelLoader().load(file).model()).isEqualTo(renamed);
        assertThat(ModelSaver.autosaveOf(file)).doesNotExist();
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenWithoutBeingTold() throws Exception {
        Path file = folder.resolve("m.json");
        ModelSaver saver = new ModelSaver();
        DiskStamp stamp = saver.save(model, file, null);
        Files.writeString(file, Files.readString(file).replace("Small test comparison", "Someone else's"));
        Model renamed = new StructureEdits.SetTitle("Mine").apply(model);
        assertThatThrownBy(() -> saver.save(renamed, file, stamp)).isInstanceOf(ModelSaver.ChangedOnDisk.class)
                .hasMessageContaining("changed on disk");
        assertThat(Files.readString(file)).contains("Someone else's");
        saver.save(renamed, file, null);
        assertThat(Files.readString(file)).contains("Mine");
        assertThat(Files.readString(ModelSaver.backupOf(file))).contains("Someone else's");
        DiskStamp touched = DiskStamp.of(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(touched.differsFrom(DiskStamp.of(file))).as("same bytes, other time: no change").isFalse();
    }

    @Test
    void aFailedWriteLeavesTheFileAndItsBackupAsTheyWere() throws Exception {
        Path file = folder.resolve("m.json");
        new ModelSaver().save(model, file, null);
        byte[] before = Files.readAllBytes(file);
        AtomicReference<Integer> moves = new AtomicReference<>(0);
        ModelSaver failing = new ModelSaver(new AtomicFileWriter((from, to) -> {
            moves.set(moves.get() + 1);
            if (to.getFileName().toString().equals("m.json")) {
                throw new IOException("disk full");
            }
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }));
        Model renamed = new StructureEdits.SetTitle("Renamed").apply(model);
        assertThatThrownBy(() -> failing.save(renamed, file, null)).hasMessageContaining("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.json", "m.json.bak");
        }
    }

    @Test
    void theAutosaverWritesOnlyWhenThereIsSomethingNew() throws Exception {
        Path file = folder.resolve("m.json");
        AtomicReference<Model> unsaved = new AtomicReference<>(null);
        try (Autosaver autosaver = new Autosaver(new ModelSaver(),
                () -> new Autosaver.Snapshot(file, unsaved.get()), message -> { })) {
            assertThat(autosaver.autosaveNow()).isFalse();
            unsaved.set(new StructureEdits.SetTitle("Edited").apply(model));
            assertThat(autosaver.autosaveNow()).isTrue();
            assertThat(autosaver.autosaveNow()).as("the same model again").isFalse();
            assertThat(new ModelLoader().load(ModelSaver.autosaveOf(file)).model().title()).isEqualTo("Edited");
        }
    }
}
