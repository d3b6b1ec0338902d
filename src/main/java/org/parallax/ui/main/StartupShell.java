package org.parallax.ui.main;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.common.TaskRunner;

/**
 * The window's content from its first frame until the main window is built: what is being opened and a progress
 * bar, in the scene and at the size the main window then takes over (decision 0063). A few light nodes, so the
 * frame costs little more than a bare JavaFX window's.
 */
public final class StartupShell {
    private StartupShell() {
    }

    /** Puts the loading content into a new scene on the stage, at the remembered geometry, and shows it. */
    public static Scene show(Stage stage, AppPreferences preferences, Optional<String> opening) {
        Label title = new Label("Parallax");
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label(opening.map(name -> "Opening " + name + "\u2026").orElse("Starting\u2026"));
        what.setId("startupMessage");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(240);
        VBox box = new VBox(12, title, what, progress);
        box.setId("startupShell");
        box.getStyleClass().add("startup-shell");
        box.setAlignment(Pos.CENTER);
        box.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        Scene scene = MainWindow.newScene(box, stage, preferences);
        stage.setTitle("Parallax");
        stage.show();
        return scene;
    }

    /**
     * Pulses that run after the loading frame's before the main window is built: the frame rendered in the first
     * pulse reaches the screen only when the FX thread gets back to the windowing system's events (an expose under
     * GTK with the software pipeline), which a main window built right after that pulse delayed by seconds
     * (measured under Xvfb: the loading text showed 0.6 s before the main window, 5.6 s after the window mapped).
     */
    static final int PULSES_BEFORE_ACTION = 2;

    /**
     * After the first pulse that lays out the scene: runs {@code now} in that pulse, and {@code action} once
     * {@link #PULSES_BEFORE_ACTION} more pulses ran (so that frame is rendered and shown first; the pulses are
     * requested, so they come without an animation). Each runs once.
     */
    public static void afterFirstFrame(Scene scene, Runnable now, Runnable action) {
        int[] pulses = new int[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (pulses[0]++ == 0) {
                now.run();
            }
            if (pulses[0] > PULSES_BEFORE_ACTION) {
                scene.removePostLayoutPulseListener(listener[0]);
                TaskRunner.later(action);
            } else {
                javafx.application.Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
