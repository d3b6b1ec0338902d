package org.parallax.edit;

import java.nio.file.Path;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;

/**
 * The child process of {@link SaveKillTest}: saves two versions of a model to one file, alternately, as fast as it
 * can, until it is killed. Prints "saving" once the first save is done (its only output: standard streams are the
 * command line's, so it writes to the file descriptor through System.out only here, in a test).
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Model a = new ModelLoader().load(Path.of(args[1])).model();
        Model b = new StructureEdits.SetTitle("Version B").apply(a);
        ModelSaver saver = new ModelSaver();
        saver.save(a, target, null);
        System.out.println("saving");
        System.out.flush();
        for (long i = 0; ; i++) {
            saver.save(i % 2 == 0 ? b : a, target, null);
        }
    }
}
