package org.parallax;

import java.util.OptionalInt;
import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.ShortRunJvm;
import org.parallax.ui.ParallaxApp;

/**
 * Entry point of {@code parallax.jar}: no arguments open the window, arguments run the command line.
 * Deliberately not a JavaFX Application, so a plain (non-modular) jar starts.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // java -jar: the window runs in a child JVM with its class-data archive (decision 0004)
            OptionalInt inChild = ShortRunJvm.runWindowInChild();
            if (inChild.isPresent()) {
                System.exit(inChild.getAsInt());
            }
            ParallaxApp.main(args);
        } else {
            System.exit(ParallaxCommand.run(args));
        }
    }
}
