package org.parallax.ui.workbench;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.edit.FramingEdits;
import org.parallax.model.Certainty;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

/**
 * The Workbench tab: an article picker, the reader with its quotes highlighted, the coding bar ("Quote for point"
 * from the selection), the quotes of the article (remove), and the review queue (Accept A, Reject R, arrows move).
 */
public final class WorkbenchView extends BorderPane {
    private final WorkbenchViewModel viewModel;
    private final ArticleReader reader = new ArticleReader();
    private final ComboBox<Source> articles = new ComboBox<>();
    private final ComboBox<Point> point = new ComboBox<>();
    private final TextField newPointTitle = new TextField();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<Side> side = new ComboBox<>();
    private final ComboBox<Stance> stance = new ComboBox<>(FXCollections.observableArrayList(Stance.values()));
    private final ComboBox<Certainty> certainty = new ComboBox<>(FXCollections.observableArrayList(Certainty.values()));
    private final TextField frame = new TextField();
    private final ListView<ProposalRow> queue = new ListView<>();
    private final ListView<WorkbenchViewModel.CodedQuote> quotes = new ListView<>();
    private final ComboBox<Stance> acceptStance = new ComboBox<>(FXCollections.observableArrayList(Stance.values()));
    private final ComboBox<Certainty> acceptCertainty =
            new ComboBox<>(FXCollections.observableArrayList(Certainty.values()));
    private final PointEvidencePane pointEvidence = new PointEvidencePane();
    private final Label codingError = Forms.error();
    private final Label selectionLabel = new Label("Select words to quote them.");

    public WorkbenchView(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        setId("workbench");
        getStyleClass().add("workbench");
        getStylesheets().add(WorkbenchView.class.getResource("workbench.css").toExternalForm());
        setTop(toolbar());
        SplitPane split = new SplitPane(readerPane(), sidePane());
        split.setId("workbenchSplit");
        split.setDividerPositions(0.6);
        setCenter(split);
        viewModel.articleProperty().addListener((o, before, now) -> showArticle());
        viewModel.placeProperty().addListener((o, before, at) -> {
            if (at != null) {
                reader.select(at.start(), at.end());
                reader.area().requestFocus();
            }
        });
        viewModel.explorer().snapshotProperty().addListener((o, before, now) -> refreshChoices());
        refreshChoices();
    }

    private HBox toolbar() {
        articles.setId("workbenchArticle");
        articles.setPromptText("Article");
        articles.setConverter(converter(s -> viewModel.model().shortName(s.id()) + " \u2014 " + s.title()));
        articles.setOnAction(e -> {
            Source chosen = articles.getValue();
            var shown = viewModel.articleProperty().get();
            if (chosen != null && (shown == null || !shown.sourceId().equals(chosen.id()))) {
                viewModel.openArticle(chosen.id(), false);
            }
        });
        Button propose = new Button("Propose points");
        propose.setId("workbenchPropose");
        propose.setOnAction(e -> {
            var shown = viewModel.articleProperty().get();
            if (shown != null && shown.text() != null) {
                viewModel.propose(shown.sourceId(), shown.text());
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setId("workbenchProgress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(viewModel.busyProperty());
        viewModel.runningProperty().addListener((o, before, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
            }
        });
        Label status = new Label();
        status.setId("workbenchStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        // the article picker gives way first, so the button and the status stay readable in a narrow window
        articles.setPrefWidth(360);
        articles.setMinWidth(160);
        articles.setMaxWidth(640);
        HBox.setHgrow(articles, Priority.ALWAYS);
        propose.setMinWidth(Region.USE_PREF_SIZE);
        Label articleLabel = new Label("Article");
        articleLabel.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        HBox bar = new HBox(8, articleLabel, articles, propose, selectionLabel, spring, status, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private VBox readerPane() {
        VBox.setVgrow(reader, Priority.ALWAYS);
        point.setId("codePoint");
        point.setPromptText("Point (or type a new title below)");
        point.setConverter(converter(Point::title));
        point.setPrefWidth(220);
        newPointTitle.setPrefWidth(170);
        theme.setPrefWidth(130);
        side.setPrefWidth(110);
        stance.setPrefWidth(110);
        certainty.setPrefWidth(110);
        frame.setPrefWidth(150);
        theme.setPromptText("Theme");
        newPointTitle.setId("codeNewPoint");
        newPointTitle.setPromptText("New point's title");
        theme.setId("codeTheme");
        theme.setConverter(converter(Theme::label));
        side.setId("codeSide");
        side.setPromptText("Side");
        side.setConverter(converter(Side::label));
        stance.setId("codeStance");
        stance.setPromptText("Stance");
        stance.setConverter(converter(Stance::id));
        certainty.setId("codeCertainty");
        certainty.setPromptText("Certainty");
        certainty.setConverter(converter(Certainty::id));
        frame.setId("codeFrame");
        frame.setPromptText("Frame (optional)");
        Button quote = new Button("Quote for point");
        quote.setId("quoteForPoint");
        quote.getStyleClass().add(Styles.ACCENT);
        quote.setOnAction(e -> quoteSelection());
        reader.area().selectionProperty().addListener((o, before, now) -> {
            int[] range = reader.selection();
            selectionLabel.setText(range[1] > range[0] ? "Selected [" + range[0] + ", " + range[1] + ")"
                    : "Select words to quote them.");
        });
        selectionLabel.setId("selectionLabel");
        selectionLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane coding = new FlowPane(6, 6, point, newPointTitle, theme, side, stance, certainty, frame, quote,
                codingError);
        coding.setId("codingBar");
        coding.setPadding(new Insets(6));
        // the coding bar is a form too: Enter quotes the selection, Esc clears it and goes back to the reader; Enter
        // in the reader with words selected goes to its first field
        codingError.setId("codingError");
        Forms.keys(coding, this::quoteSelection, this::cancelCoding);
        reader.area().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            int[] range = reader.selection();
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown() && range[1] > range[0]) {
                point.requestFocus();
                key.consume();
            }
        });
        Label notice = new Label();
        notice.setId("readerNotice");
        notice.setWrapText(true);
        notice.getStyleClass().addAll("reader-notice", Styles.WARNING);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMaxWidth(Double.MAX_VALUE);
        return new VBox(notice, reader, coding);
    }

    private javafx.scene.control.ScrollPane sidePane() {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sideContent());
        scroll.setId("workbenchSide");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox sideContent() {
        Label queueTitle = new Label("Review queue: A accept, R reject, \u2191\u2193 move");
        queueTitle.getStyleClass().add(Styles.TEXT_BOLD);
        queue.setId("reviewQueue");
        queue.setMinHeight(150);
        queue.setPrefHeight(170);
        queue.setItems(viewModel.queue());
        queue.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProposalRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                String head = row.isNewPoint() ? "new point? (compares the sides, matches no point)"
                        : String.format(Locale.ROOT, "%.2f  %s", row.proposal().score(), row.pointTitle());
                String words = row.isNewPoint() ? "" : "\n  words: " + String.join(", ", row.proposal().evidence());
                setText("\u00B6" + (row.paragraph().index() + 1) + "  " + head + words + "\n  \u201C"
                        + excerpt(row.quoteText()) + "\u201D");
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        queue.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            showEvidence(row);
            if (row != null) {
                reader.select(row.quoteStart(), row.quoteEnd());
                if (!row.isNewPoint()) {
                    var labels = viewModel.proposedLabels(row.pointId());
                    acceptStance.setValue(labels.getKey());
                    acceptCertainty.setValue(labels.getValue());
                }
            }
        });
        queue.setOnKeyPressed(key -> {
            ProposalRow row = queue.getSelectionModel().getSelectedItem();
            int index = queue.getSelectionModel().getSelectedIndex();
            if (row == null) {
                return;
            }
            if (key.getCode() == KeyCode.A) {
                acceptSelected();
                key.consume();
            } else if (key.getCode() == KeyCode.R) {
                viewModel.reject(row);
                queue.getSelectionModel().select(Math.min(index, viewModel.queue().size() - 1));
                key.consume();
            } else if (key.getCode() == KeyCode.RIGHT) {
                queue.getSelectionModel().selectNext();
                key.consume();
            } else if (key.getCode() == KeyCode.LEFT) {
                queue.getSelectionModel().selectPrevious();
                key.consume();
            }
        });
        acceptStance.setId("acceptStance");
        acceptStance.setConverter(converter(Stance::id));
        acceptCertainty.setId("acceptCertainty");
        acceptCertainty.setConverter(converter(Certainty::id));
        Button accept = new Button("Accept (A)");
        accept.setId("acceptProposal");
        accept.setOnAction(e -> acceptSelected());
        Button reject = new Button("Reject (R)");
        reject.setId("rejectProposal");
        reject.setOnAction(e -> {
            ProposalRow row = queue.getSelectionModel().getSelectedItem();
            if (row != null) {
                viewModel.reject(row);
            }
        });
        Button skip = new Button("Skip \u2192");
        skip.setId("skipProposal");
        skip.setOnAction(e -> queue.getSelectionModel().selectNext());
        HBox actions = new HBox(6, new Label("Stance"), acceptStance, new Label("Certainty"), acceptCertainty);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, accept, reject, skip);
        VBox.setVgrow(queue, Priority.ALWAYS);

        Label quotesTitle = new Label("Quotes of this article");
        quotesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        quotes.setId("articleQuotes");
        quotes.setMinHeight(80);
        quotes.setPrefHeight(120);
        quotes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WorkbenchViewModel.CodedQuote coded, boolean empty) {
                super.updateItem(coded, empty);
                setText(empty || coded == null ? null : coded.pointTitle() + ": \u201C" + excerpt(coded.quote().text())
                        + "\u201D");
            }
        });
        quotes.getSelectionModel().selectedItemProperty().addListener((o, before, coded) -> {
            if (coded != null) {
                reader.select(coded.quote().start(), coded.quote().end());
            }
        });
        Button remove = new Button("Remove quote");
        remove.setId("removeQuote");
        remove.setOnAction(e -> {
            var coded = quotes.getSelectionModel().getSelectedItem();
            if (coded != null) {
                viewModel.apply(new FramingEdits.RemoveQuote(coded.pointId(), coded.sourceId(), coded.index()));
            }
        });
        VBox.setVgrow(quotes, Priority.SOMETIMES);
        VBox pane = new VBox(6, queueTitle, queue, pointEvidence, actions, buttons, quotesTitle, quotes, remove,
                new StructurePane(viewModel));
        pane.setPadding(new Insets(6));
        pane.setFillWidth(true);
        return pane;
    }

    /** The words supporting the selected proposal, marked on both sides: in the reader and in the point pane. */
    private void showEvidence(ProposalRow row) {
        var point = row == null || row.isNewPoint() ? java.util.Optional.<Point>empty()
                : viewModel.model().point(row.pointId());
        if (point.isEmpty()) {
            reader.markEvidence(List.of());
            pointEvidence.clear();
            return;
        }
        EvidenceFinder evidence = viewModel.evidence();
        reader.markEvidence(evidence.inParagraph(row.proposal()));
        pointEvidence.show(viewModel.model(), point.get(), evidence.inPoint(row.proposal(), point.get()));
    }

    private void acceptSelected() {
        ProposalRow row = queue.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        int index = queue.getSelectionModel().getSelectedIndex();
        if (row.isNewPoint()) {
            reader.select(row.quoteStart(), row.quoteEnd());
            newPointTitle.requestFocus();
            viewModel.statusProperty().set("Name the new point and press Quote for point");
            return;
        }
        if (viewModel.accept(row, acceptStance.getValue(), acceptCertainty.getValue())) {
            queue.getSelectionModel().select(Math.min(index, viewModel.queue().size() - 1));
        }
    }

    private void cancelCoding() {
        newPointTitle.clear();
        frame.clear();
        codingError.setVisible(false);
        codingError.setManaged(false);
        reader.area().requestFocus();
    }

    private void quoteSelection() {
        int[] range = reader.selection();
        Point chosen = point.getValue();
        String title = newPointTitle.getText();
        if (range[1] <= range[0]) {
            Forms.fail(codingError, reader.area(), "Selection: select the words to quote in the article first.");
            return;
        }
        if (chosen == null && (title == null || title.isBlank())) {
            Forms.fail(codingError, point, "Point: choose a point, or type a new point's title.");
            return;
        }
        Theme chosenTheme = theme.getValue() != null ? theme.getValue()
                : viewModel.model().themes().isEmpty() ? null : viewModel.model().themes().get(0);
        if (chosen == null && chosenTheme == null) {
            Forms.fail(codingError, theme, "Theme: add a theme first (Sides, themes and points below): every point "
                    + "has one.");
            return;
        }
        codingError.setVisible(false);
        codingError.setManaged(false);
        boolean done = viewModel.quoteSelection(range[0], range[1], chosen == null ? null : chosen.id(), title,
                chosenTheme == null ? null : chosenTheme.id(), side.getValue() == null ? null : side.getValue().id(),
                stance.getValue(), certainty.getValue(), frame.getText());
        if (done) {
            newPointTitle.clear();
        }
    }

    private void showArticle() {
        var shown = viewModel.articleProperty().get();
        reader.show(shown == null ? null : shown.text(), viewModel.quotesOfArticle());
        quotes.getItems().setAll(viewModel.quotesOfArticle());
        if (shown != null) {
            viewModel.model().source(shown.sourceId()).ifPresent(articles::setValue);
        }
    }

    private void refreshChoices() {
        Model model = viewModel.model();
        List<Source> withText = new ArrayList<>();
        for (Source source : model.sources()) {
            if (source.hasFile()) {
                withText.add(source);
            }
        }
        Source current = articles.getValue();
        articles.getItems().setAll(withText);
        if (current != null) {
            model.source(current.id()).ifPresent(articles::setValue);
        }
        Point chosen = point.getValue();
        point.getItems().setAll(model.points());
        if (chosen != null) {
            point.setValue(model.point(chosen.id()).orElse(null));
        }
        theme.getItems().setAll(model.themes());
        Side chosenSide = side.getValue();
        side.getItems().setAll(model.sides());
        if (chosenSide != null) {
            side.setValue(model.side(chosenSide.id()).orElse(null));
        }
    }

    private static String excerpt(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 140 ? line.substring(0, 140) + "\u2026" : line;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    ArticleReader reader() {
        return reader;
    }

    PointEvidencePane pointEvidence() {
        return pointEvidence;
    }

    ListView<ProposalRow> queueList() {
        return queue;
    }

    /** For tests: the point chooser of the coding bar. */
    ComboBox<Point> pointChooser() {
        return point;
    }

    static Map<String, String> noClaims() {
        return Map.of();
    }
}
