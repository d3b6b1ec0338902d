package org.parallax.ui;

import java.time.Instant;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.util.Duration;
import org.parallax.ui.main.MainWindow;

/**
 * The launch check. Logs the time since JVM start of the first frame (the loading window) and of the first frame
 * whose comparison table holds filled rows, then exits 0; a failed load or no rows within the time limit exits 1.
 * CI and the startup benchmark read these lines (java.util.logging writes them to stderr).
 */
final class FirstFrameExit {
    private static final Logger LOG = Logger.getLogger(FirstFrameExit.class.getName());
    private static final Duration LIMIT = Duration.seconds(90);
    private final Scene scene;
    private boolean firstFrameSeen;
    private boolean done;

    FirstFrameExit(Scene scene) {
        this.scene = scene;
    }

    /** Reports the first laid-out frame, whatever it shows, and starts the time limit. */
    void armFirstFrame() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (!firstFrameSeen) {
                firstFrameSeen = true;
                LOG.info("launch check: first frame (loading) after " + sinceJvmStart() + " ms" + cpu());
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        PauseTransition timeout = new PauseTransition(LIMIT);
        timeout.setOnFinished(e -> finish(1, "launch check: no populated comparison table within " + LIMIT));
        timeout.play();
    }

    /** Watches the main window for its first frame with filled comparison rows, or a failed load. */
    void armPopulated(MainWindow window) {
        window.viewModel().setOnFirstModel(() -> scene.addPostLayoutPulseListener(() -> check(window)));
        window.viewModel().loadingProperty().addListener((o, was, now) -> {
            if (was && !now && window.viewModel().explorer().snapshot().isEmpty()) {
                finish(1, "launch check: the model did not load");
            }
        });
    }

    private void check(MainWindow window) {
        if (scene.getRoot() != window) {
            return;
        }
        long filled = window.comparison().table().lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && !row.isEmpty()).count();
        if (filled > 0) {
            finish(0, "launch check: first populated frame with " + filled + " comparison rows after "
                    + sinceJvmStart() + " ms" + cpu());
        }
    }

    private static long sinceJvmStart() {
        // the process start from the OS (cheaper than loading java.lang.management in the measured pulse)
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }

    /** The CPU time used so far, a steadier measure than wall time. */
    private static String cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(cpu -> " (cpu " + cpu.toMillis() + " ms)")
                .orElse("");
    }

    private void finish(int status, String message) {
        if (done) {
            return;
        }
        done = true;
        if (status == 0) {
            LOG.info(message);
        } else {
            LOG.severe(message);
        }
        Platform.exit();
        System.exit(status);
    }
}
