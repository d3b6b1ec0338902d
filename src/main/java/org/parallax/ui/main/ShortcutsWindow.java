package org.parallax.ui.main;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parallax.ui.common.ThemeService;

/** Help > Keyboard shortcuts: every shortcut of {@link Shortcuts#all} in a table; Esc or Close closes it. */
final class ShortcutsWindow {
    private final Stage stage = new Stage();
    private final TableView<Shortcuts.Shortcut> table = new TableView<>();

    ShortcutsWindow(Window owner, List<Shortcuts.Shortcut> shortcuts) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Keyboard shortcuts");
        table.setId("shortcutsTable");
        table.getColumns().add(column("Keys", 150, Shortcuts.Shortcut::keys));
        table.getColumns().add(column("Does", 350, Shortcuts.Shortcut::action));
        table.getColumns().add(column("Where", 220, Shortcuts.Shortcut::where));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(shortcuts);
        Button close = new Button("Close");
        close.setId("shortcutsClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(table, null, null, buttons, null);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.setId("shortcutsWindow");
        Scene scene = ThemeService.fill(new Scene(root, 780, 620));
        scene.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    private static TableColumn<Shortcuts.Shortcut, String> column(String name, double width,
            java.util.function.Function<Shortcuts.Shortcut, String> value) {
        TableColumn<Shortcuts.Shortcut, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    void show() {
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    TableView<Shortcuts.Shortcut> table() {
        return table;
    }
}
