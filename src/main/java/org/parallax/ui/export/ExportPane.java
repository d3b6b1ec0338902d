package org.parallax.ui.export;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.io.export.ExportFormat;

/**
 * The export dialog's controls, bound to an {@link ExportDialogViewModel}: format, BOM (CSV only), the number of
 * quotes, a preview of the first lines, the destination with a Choose button, progress, and Export / Cancel.
 */
public final class ExportPane extends VBox {
    public static final String STYLESHEET = ExportPane.class.getResource("export.css").toExternalForm();

    private final Button exportButton = new Button("Export");
    private final Button cancelButton = new Button("Cancel");

    public ExportPane(ExportDialogViewModel viewModel) {
        getStyleClass().add("export-pane");
        getStylesheets().add(STYLESHEET);

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(viewModel.formatProperty());

        CheckBox bom = new CheckBox("Start with a BOM (for Excel)");
        bom.setId("exportBom");
        bom.selectedProperty().bindBidirectional(viewModel.bomProperty());
        bom.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.CSV));

        Label count = new Label(viewModel.countText());
        count.setId("exportCount");
        count.getStyleClass().add("export-count");

        // typeable: what is typed becomes the destination; a chosen file (or a format's new extension) shows here
        TextField destination = new TextField();
        destination.setId("exportDestination");
        destination.setPromptText("Type a file path, or Choose\u2026");
        destination.setText(viewModel.destinationProperty().get() == null ? ""
                : viewModel.destinationProperty().get().toString());
        boolean[] typing = new boolean[1];
        destination.textProperty().addListener((o, before, now) -> {
            if (!typing[0]) {
                typing[0] = true;
                viewModel.typeDestination(now);
                typing[0] = false;
            }
        });
        viewModel.destinationProperty().addListener((o, before, now) -> {
            if (!typing[0]) {
                typing[0] = true;
                destination.setText(now == null ? "" : now.toString());
                typing[0] = false;
            }
        });
        destination.disableProperty().bind(viewModel.runningProperty());
        HBox.setHgrow(destination, Priority.ALWAYS);
        Button choose = new Button("Choose\u2026");
        choose.setId("exportChoose");
        choose.setOnAction(event -> viewModel.chooseDestination());
        choose.disableProperty().bind(viewModel.runningProperty());
        HBox destinationRow = new HBox(6, destination, choose);
        destinationRow.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        form.addRow(0, new Label("Quotes"), count);
        form.addRow(1, new Label("Format"), new HBox(12, format, bom));
        form.addRow(2, new Label("Save to"), destinationRow);
        GridPane.setHgrow(destinationRow, Priority.ALWAYS);

        Label previewLabel = new Label("Preview (first lines)");
        TextArea preview = new TextArea();
        preview.setId("exportPreview");
        preview.getStyleClass().add("export-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.textProperty().bind(viewModel.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(viewModel.statusProperty());

        exportButton.setId("exportRun");
        exportButton.setDefaultButton(true);
        exportButton.disableProperty().bind(viewModel.canExportProperty().not());
        exportButton.setOnAction(event -> viewModel.export());
        cancelButton.setId("exportCancel");
        cancelButton.setCancelButton(true);
        cancelButton.disableProperty().bind(viewModel.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, spacer, exportButton, cancelButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("export-buttons");

        getChildren().addAll(form, previewLabel, preview, progress, buttons);
    }

    public Button cancelButton() {
        return cancelButton;
    }
}
