package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;
import org.parallax.model.Point;

/** FOUNDATION STUB of the window: the bundled model's points in a table. The explorer issue replaces it. */
public class ParallaxApp extends Application {
    public static final Path BUNDLED_MODEL = Path.of("data", "china-us-ai-labs.json");

    public static void main(String[] args) {
        launch(ParallaxApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        TableView<Point> points = new TableView<>();
        points.setId("pointsTable");
        TableColumn<Point, String> theme = new TableColumn<>("Theme");
        theme.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().theme()));
        TableColumn<Point, String> title = new TableColumn<>("Point");
        title.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().title()));
        points.getColumns().add(theme);
        points.getColumns().add(title);
        stage.setScene(new Scene(points, 1000, 700));
        stage.setTitle("Parallax");
        stage.show();

        Task<LoadResult> load = new Task<>() {
            @Override
            protected LoadResult call() {
                return new ModelLoader().load(BUNDLED_MODEL);
            }
        };
        load.setOnSucceeded(done -> load.getValue().modelIfValid().ifPresent(model -> show(stage, points, model)));
        Thread worker = new Thread(load, "parallax-load");
        worker.setDaemon(true);
        if (Files.exists(BUNDLED_MODEL)) {
            worker.start();
        }
    }

    private static void show(Stage stage, TableView<Point> points, Model model) {
        stage.setTitle(model.title() + " - Parallax");
        points.getItems().setAll(model.points());
    }
}
