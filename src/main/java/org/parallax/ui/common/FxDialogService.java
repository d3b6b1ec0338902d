package org.parallax.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.parallax.io.Problem;

/** Dialogs as JavaFX alerts owned by the main window; problems are listed in a sortable table. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showProblems(String title, String header, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header);
        alert.setContentText(null);
        // every problem readable: wrapping, resizable, copyable (issue 15, decision 0094)
        alert.getDialogPane().setContent(new ProblemReport(problems));
        alert.getDialogPane().setMinSize(420, 260);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** The problems as a table: location, kind, JSON path, message. */
    public static TableView<Problem> problemTable(List<Problem> problems) {
        TableView<Problem> table = new TableView<>();
        table.setId("problemTable");
        table.getColumns().add(column("Location", 220,
                p -> p.file() + ":" + p.line() + ":" + p.column()));
        table.getColumns().add(column("Kind", 110, p -> p.kind().id()));
        table.getColumns().add(column("Path", 220, Problem::path));
        table.getColumns().add(column("Message", 380, Problem::message));
        table.getItems().setAll(problems);
        table.setPrefSize(900, Math.min(420, 60 + 28 * problems.size()));
        return table;
    }

    private static TableColumn<Problem, String> column(String name, double width,
                                                       java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header);
        alert.setContentText(message);
        alert.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** The owner: the app's focused window (a dialog of its own, say), else the window this service was made with. */
    private Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(owner);
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType("Save",
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("Don't save",
                javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(save, discard, javafx.scene.control.ButtonType.CANCEL);
        var answer = alert.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        return alert.showAndWait().orElse(javafx.scene.control.ButtonType.NO) == javafx.scene.control.ButtonType.YES;
    }

    @Override
    public int choose(String title, String header, String message, java.util.List<String> options) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header);
        alert.setContentText(message);
        alert.setResizable(true);
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            buttons.add(new ButtonType(options.get(i), i == options.size() - 1
                    ? javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE : javafx.scene.control.ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).orElse(options.size() - 1);
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        Window window = owner();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }
}
