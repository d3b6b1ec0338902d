package org.parallax;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.WindowUnavailable;
import org.parallax.ui.ParallaxApp;
import org.parallax.ui.WindowArguments;

/**
 * Entry point of {@code parallax.jar} and of both launchers of the installed image (decision 0070): no arguments, a
 * model file, {@code --model PATH} or {@code --exit-after-first-frame} open the window ({@link WindowArguments});
 * anything else is a command line. Deliberately not a JavaFX Application, so a plain (non-modular) jar starts.
 */
public final class Launcher {
    /**
     * JavaFX's logger, held so its filter stays: JavaFX warns "Unsupported JavaFX configuration" whenever its classes
     * come from the class path, which is how {@code java -jar} of a shaded jar loads them. The warning is about
     * support, not about this run; the installed image and {@code mvn javafx:run} load JavaFX as modules and never
     * see it. Only that one message is dropped.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<WindowArguments> window = WindowArguments.parse(List.of(args), Launcher::isCommand);
        if (window.isPresent()) {
            quietClassPathWarning();
            try {
                ParallaxApp.start(window.get());
            } catch (UnsupportedOperationException noToolkit) {
                // JavaFX could not start: no display, or (Linux) no GTK 3; a message, not a stack trace
                System.exit(WindowUnavailable.report(noToolkit));
            }
        } else {
            System.exit(ParallaxCommand.run(args));
        }
    }

    /** Asked only for an argument that names an existing file: {@code ./stats} is a file, {@code stats} a command. */
    private static boolean isCommand(String name) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return ParallaxCommand.create(nowhere, nowhere).getSubcommands().containsKey(name);
    }

    private static void quietClassPathWarning() {
        if (JAVAFX_LOG.getFilter() == null) {
            JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                    || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
        }
    }
}
