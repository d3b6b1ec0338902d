package org.parallax.ui.export;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The export dialog window: an {@link ExportPane} in a modal stage that closes once the file is written. */
public final class ExportDialog {
    private final Stage stage = new Stage();

    public ExportDialog(Window owner, ExportDialogViewModel viewModel) {
        ExportPane pane = new ExportPane(viewModel);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export " + viewModel.countText());
        stage.setScene(org.parallax.ui.common.ThemeService.fill(new Scene(pane, 720, 520)));
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        if (owner != null && owner.getScene() != null) {
            // the main window's theme stylesheets apply here too
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        pane.cancelButton().setOnAction(event -> stage.close());
        viewModel.doneProperty().addListener((observable, before, done) -> {
            if (done) {
                stage.close();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
