package org.parallax.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The bare JavaFX window the startup target compares Parallax with: one label, and the same exit-after-first-frame
 * signal as {@code ParallaxApp} (a line on stderr at the first post-layout pulse, then exit 0).
 */
public class HelloFx extends Application {
    /** Not an Application subclass at the entry, so the classpath launch works like Parallax's Launcher. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }

    private boolean done;

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello, JavaFX"), 1000, 700);
        scene.addPostLayoutPulseListener(() -> {
            if (!done) {
                done = true;
                // measured as FirstFrameExit measures Parallax: process start from the OS, and CPU time so far
                ProcessHandle.Info process = ProcessHandle.current().info();
                long millis = process.startInstant().map(start -> Duration.between(start, Instant.now()).toMillis())
                        .orElse(-1L);
                String cpu = process.totalCpuDuration().map(d -> " (cpu " + d.toMillis() + " ms)").orElse("");
                System.err.println("hello: first frame after " + millis + " ms" + cpu);
                Platform.exit();
                System.exit(0);
            }
        });
        stage.setScene(scene);
        stage.setTitle("Hello");
        stage.show();
    }
}
