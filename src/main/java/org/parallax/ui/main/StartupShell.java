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
     * After the first pulse that lays out the scene: runs {@code now} in that pulse, and {@code action} after it
     * (so that frame is rendered first). Each runs once.
     */
    public static void afterFirstFrame(Scene scene, Runnable now, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            now.run();
            TaskRunner.later(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
