package org.parallax.ui.sources;

import org.parallax.ui.common.ContextPassageView;
import org.parallax.ui.common.SourceNames;
import javafx.scene.control.Tooltip;
import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.io.QuoteCheck;
import org.parallax.io.QuoteContext;
import org.parallax.model.Source;
import org.parallax.ui.common.TableColumns;

/**
 * Each article's metadata and derivation; with article texts attached, the verification state of its quotes and
 * the selected quote in its paragraph.
 */
public final class SourcesView extends BorderPane {
    private final SourcesViewModel viewModel;
    private final ListView<Source> list = new ListView<>();
    private final GridPane details = new GridPane();
    private final Label attachment = new Label();
    private final TableView<SourcesViewModel.VerifiedQuote> quotes = new TableView<>();
    private final ContextPassageView context = new ContextPassageView();
    private final SplitPane split;

    public SourcesView(SourcesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sources-view");
        getStylesheets().add(SourcesView.class.getResource("/org/parallax/ui/sources/sources.css").toExternalForm());
        list.setId("sourcesList");
        list.setItems(viewModel.sources());
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(30));
            }

            /** As tall as the wrapped text at the list's width: the whole title, never cut with an ellipsis. */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(Math.max(40, l.getWidth() - 44)); // room for insets and a scroll bar
            }

            @Override
            protected void updateItem(Source source, boolean empty) {
                super.updateItem(source, empty);
                String name = empty || source == null ? null
                        : SourceNames.of(viewModel.explorer().model(), source.id());
                // the short name and kind fit the list; the whole title is in the tooltip and the details pane
                setText(name == null ? null : name + "  \u00B7  " + source.kind().id());
                setTooltip(empty || source == null ? null : new Tooltip(SourceNames.tooltip(source)));
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
        viewModel.quotes().addListener((javafx.collections.ListChangeListener<SourcesViewModel.VerifiedQuote>) c ->
                attachment.setText(viewModel.selectedProperty().get() == null ? ""
                        : viewModel.attachmentSummary(viewModel.selectedProperty().get())));

        details.setId("sourceDetails");
        details.getStyleClass().add("source-details");
        details.setHgap(16);
        details.setVgap(6);

        attachment.setId("attachmentSummary");
        attachment.setWrapText(true);
        attachment.getStyleClass().add("attachment-summary");
        Button attach = new Button("Attach article texts\u2026", new FontIcon(Feather.PAPERCLIP));
        attach.setId("attachButton");
        attach.getStyleClass().addAll(Styles.SMALL);
        attach.setOnAction(e -> viewModel.chooseAndAttach());
        attach.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox attachRow = new HBox(10, attachment, attach);
        attachRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(attachment, Priority.ALWAYS);

        quotes.setId("sourceQuotes");
        quotes.setItems(viewModel.quotes());
        quotes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        quotes.setPlaceholder(new Label("This source makes no point."));
        quotes.getColumns().add(statusColumn());
        TableColumn<SourcesViewModel.VerifiedQuote, String> point = TableColumns.wrapping("Point", 200,
                q -> q.row().point().title(), java.util.List::of);
        TableColumn<SourcesViewModel.VerifiedQuote, String> text = TableColumns.wrapping("Quote", 420,
                q -> q.row().quote().text(), java.util.List::of);
        quotes.getColumns().add(point);
        quotes.getColumns().add(text);
        TableColumns.remeasureOnResize(quotes);
        quotes.setPrefHeight(260);
        quotes.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> showContext(now));

        context.setId("quoteContext");
        Label contextTitle = new Label("In its article");
        contextTitle.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");

        VBox detailBox = new VBox(12, details, attachRow, quotes, contextTitle, context);
        detailBox.getStyleClass().add("source-detail-box");
        ScrollPane scroller = new ScrollPane(detailBox);
        scroller.setFitToWidth(true);
        split = new SplitPane(list, scroller);
        split.setId("sourcesSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.26);
        setCenter(split);
        show(viewModel.selectedProperty().get());
    }

    private TableColumn<SourcesViewModel.VerifiedQuote, QuoteCheck> statusColumn() {
        TableColumn<SourcesViewModel.VerifiedQuote, QuoteCheck> column = new TableColumn<>("Check");
        column.setId("col-check");
        column.setPrefWidth(130);
        column.setMaxWidth(160);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().check()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(QuoteCheck check, boolean empty) {
                super.updateItem(check, empty);
                getStyleClass().removeAll("verification-ok", "verification-bad", "verification-none");
                if (empty || check == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                switch (check.status()) {
                    case VERIFIED -> mark("verbatim", Feather.CHECK_CIRCLE, "verification-ok");
                    case NOT_VERBATIM -> mark("not verbatim", Feather.ALERT_TRIANGLE, "verification-bad");
                    default -> mark("unchecked", Feather.HELP_CIRCLE, "verification-none");
                }
                setTooltip(new Tooltip(check.message()));
            }

            private void mark(String word, Feather icon, String styleClass) {
                setText(word);
                setGraphic(new FontIcon(icon));
                getStyleClass().add(styleClass);
            }
        });
        return column;
    }

    private void show(Source source) {
        details.getChildren().clear();
        showContext(null);
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
        attachment.setText(viewModel.attachmentSummary(source));
    }

    private void showContext(SourcesViewModel.VerifiedQuote quote) {
        if (quote == null) {
            context.show(null, "Select a quote to read it in its article.");
            return;
        }
        context.show(viewModel.passage(quote).orElse(null), viewModel.attachedProperty().get() == null
                ? "Attach the article texts to see this quote in its article."
                : "This quote cannot be placed in its article (see its check above).");
    }

    public TableView<SourcesViewModel.VerifiedQuote> quotes() {
        return quotes;
    }

    public ContextPassageView context() {
        return context;
    }

    public SplitPane split() {
        return split;
    }
}
