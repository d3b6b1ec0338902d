package org.parallax.edit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.ModelWriter;
import org.parallax.model.Model;

/**
 * Saving a model the way nothing is lost: the file's previous bytes go to {@code MODEL.json.bak} first (atomically),
 * then the new model replaces the file atomically (temp file, fsync, move), then the autosave is removed. A process
 * killed at any moment leaves the model file either the old one or the new one, and the backup either the one before
 * or the old one. Autosaves go to {@code MODEL.json.autosave} the same way.
 *
 * <p>{@link #save} refuses to overwrite a file that changed on disk since {@code expected} was taken (someone else
 * saved it), unless told to; it returns the new stamp to expect next time.
 */
public final class ModelSaver {
    public static final String BACKUP_SUFFIX = ".bak";
    public static final String AUTOSAVE_SUFFIX = ".autosave";

    /** The file changed on disk since it was read: saving would overwrite someone else's work. */
    public static final class ChangedOnDisk extends Exception {
        private static final long serialVersionUID = 1L;

        ChangedOnDisk(Path file) {
            super(file + " was changed on disk since it was opened; save again to overwrite it, or save as another "
                    + "file", null, false, false);
        }
    }

    private final AtomicFileWriter files;
    private final ModelWriter writer;

    public ModelSaver() {
        this(new AtomicFileWriter());
    }

    public ModelSaver(AtomicFileWriter files) {
        this.files = files;
        this.writer = new ModelWriter(files);
    }

    public static Path backupOf(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + BACKUP_SUFFIX);
    }

    public static Path autosaveOf(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + AUTOSAVE_SUFFIX);
    }

    /**
     * Saves {@code model} to {@code target}. With {@code expected} given, a file whose bytes are no longer those is
     * not overwritten ({@link ChangedOnDisk}); pass null to overwrite whatever is there (Save As, or the user said so).
     */
    public DiskStamp save(Model model, Path target, DiskStamp expected) throws IOException, ChangedOnDisk {
        Path file = target.toAbsolutePath();
        DiskStamp now = DiskStamp.of(file);
        if (expected != null && expected.differsFrom(now)) {
            throw new ChangedOnDisk(file);
        }
        byte[] bytes = serialise(model);
        if (now.exists()) {
            byte[] previous = Files.readAllBytes(file);
            files.write(backupOf(file), out -> out.write(previous));
        }
        files.write(file, out -> out.write(bytes));
        Files.deleteIfExists(autosaveOf(file));
        return DiskStamp.ofBytes(bytes, Files.getLastModifiedTime(file).toMillis());
    }

    /** Writes the autosave beside the model (the model file itself is untouched). */
    public void autosave(Model model, Path modelFile) throws IOException {
        byte[] bytes = serialise(model);
        files.write(autosaveOf(modelFile.toAbsolutePath()), out -> out.write(bytes));
    }

    /** Removes the autosave (the user saved, or declined to restore it). */
    public void discardAutosave(Path modelFile) throws IOException {
        Files.deleteIfExists(autosaveOf(modelFile.toAbsolutePath()));
    }

    /** True when an autosave newer than the model file is there to offer back (a crash left it). */
    public static boolean hasNewerAutosave(Path modelFile) throws IOException {
        Path autosave = autosaveOf(modelFile.toAbsolutePath());
        if (!Files.isRegularFile(autosave)) {
            return false;
        }
        return !Files.exists(modelFile)
                || Files.getLastModifiedTime(autosave).compareTo(Files.getLastModifiedTime(modelFile)) >= 0;
    }

    private byte[] serialise(Model model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(model, bytes);
        return bytes.toByteArray();
    }
}
