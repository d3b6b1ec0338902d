package org.parallax.ui.sources;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.parallax.model.Source;

/** Each article's metadata and derivation. */
public final class SourcesView extends BorderPane {
    private final SourcesViewModel viewModel;
    private final ListView<Source> list = new ListView<>();
    private final GridPane details = new GridPane();
    private final VBox detailBox = new VBox(12);
    private final SplitPane split;

    public SourcesView(SourcesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sources-view");
        getStylesheets().add(SourcesView.class.getResource("/org/parallax/ui/sources/sources.css").toExternalForm());
        list.setId("sourcesList");
        list.setItems(viewModel.sources());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Source source, boolean empty) {
                super.updateItem(source, empty);
                setText(empty || source == null ? null : source.title() + "  \u00B7  " + source.kind().id());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, before, now) -> {
            list.getSelectionModel().select(now);
            show(now);
        });
        details.setId("sourceDetails");
        details.getStyleClass().add("source-details");
        details.setHgap(16);
        details.setVgap(6);
        detailBox.getChildren().add(details);
        detailBox.getStyleClass().add("source-detail-box");
        ScrollPane scroller = new ScrollPane(detailBox);
        scroller.setFitToWidth(true);
        split = new SplitPane(list, scroller);
        split.setId("sourcesSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.28);
        setCenter(split);
        if (!viewModel.sources().isEmpty()) {
            viewModel.selectedProperty().set(viewModel.sources().get(0));
        }
    }

    private void show(Source source) {
        details.getChildren().clear();
        if (source == null) {
            return;
        }
        int row = 0;
        for (Map.Entry<String, String> entry : viewModel.metadata(source).entrySet()) {
            Label key = new Label(entry.getKey());
            key.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-key");
            key.setMinWidth(110);
            Label value = new Label(entry.getValue());
            value.setWrapText(true);
            value.getStyleClass().add("detail-value");
            details.addRow(row++, key, value);
        }
    }

    public VBox detailBox() {
        return detailBox;
    }

    public SplitPane split() {
        return split;
    }
}
