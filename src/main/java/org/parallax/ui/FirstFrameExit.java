package org.parallax.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.util.Duration;
import javafx.animation.PauseTransition;
import org.parallax.ui.main.MainWindow;

/**
 * The launch check: once a model is shown and a rendered frame holds filled comparison rows, print the time since
 * JVM start and exit 0; a failed load or no rows within the time limit exits 1.
 */
final class FirstFrameExit {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(FirstFrameExit.class.getName());
    private static final Duration LIMIT = Duration.seconds(90);
    private final MainWindow window;
    private final Scene scene;
    private boolean done;

    FirstFrameExit(MainWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    void arm() {
        window.viewModel().setOnFirstModel(() -> scene.addPostLayoutPulseListener(this::check));
        window.viewModel().loadingProperty().addListener((o, was, now) -> {
            if (was && !now && window.viewModel().explorer().snapshot().isEmpty()) {
                finish(1, "launch check: the model did not load");
            }
        });
        PauseTransition timeout = new PauseTransition(LIMIT);
        timeout.setOnFinished(e -> finish(1, "launch check: no populated comparison table within " + LIMIT));
        timeout.play();
    }

    private void check() {
        long filled = window.comparison().table().lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && !row.isEmpty()).count();
        if (filled > 0) {
            long millis = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            finish(0, "launch check: first frame with " + filled + " comparison rows after " + millis + " ms");
        }
    }

    private void finish(int status, String message) {
        if (done) {
            return;
        }
        done = true;
        // CI and the startup benchmark read this line (java.util.logging writes it to stderr)
        if (status == 0) {
            LOG.info(message);
        } else {
            LOG.severe(message);
        }
        Platform.exit();
        System.exit(status);
    }
}
