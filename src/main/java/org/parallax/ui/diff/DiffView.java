package org.parallax.ui.diff;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.SimilarityMatrix;
import org.parallax.analysis.diff.TextComparison;
import org.parallax.model.Source;

/**
 * The diff of two articles' framings of a point: source pickers, the two passages side by side and inline with
 * deletions struck through and insertions underlined (and coloured), the classified changes (click one to mark
 * its words), and with three or more articles a similarity matrix whose cells open that pair. Owns nodes only;
 * all state lives in {@link DiffViewModel}.
 */
public final class DiffView {
    private final DiffViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Source> fromCombo = new ComboBox<>();
    private final ComboBox<Source> toCombo = new ComboBox<>();
    private final Label message = new Label();
    private final Label similarity = new Label();
    private final TextFlow fromFlow = new TextFlow();
    private final TextFlow toFlow = new TextFlow();
    private final TextFlow inlineFlow = new TextFlow();
    private final ScrollPane fromScroll = scrolling(fromFlow);
    private final ScrollPane toScroll = scrolling(toFlow);
    private final ScrollPane inlineScroll = scrolling(inlineFlow);
    private final ListView<Change> changesList = new ListView<>();
    private final GridPane matrixGrid = new GridPane();
    private final VBox matrixBox = new VBox();

    public DiffView(DiffViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("diff-view");
        root.getStylesheets().add(DiffView.class.getResource("diff.css").toExternalForm());
        root.setTop(toolbar());
        root.setCenter(passages());
        root.setRight(sidebar());
        bind();
    }

    public Parent root() {
        return root;
    }

    private Node toolbar() {
        fromCombo.setId("diffFrom");
        toCombo.setId("diffTo");
        for (ComboBox<Source> combo : List.of(fromCombo, toCombo)) {
            combo.setItems(viewModel.sources());
            combo.setConverter(new SourceNames());
            combo.setCellFactory(list -> new SourceCell());
            combo.setPrefWidth(260);
        }
        Button swap = new Button("Swap");
        swap.setId("diffSwap");
        swap.setTooltip(new Tooltip("Diff the other way round"));
        swap.setOnAction(event -> viewModel.swap());
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("diff-progress");
        progress.visibleProperty().bind(viewModel.busyProperty());
        similarity.setId("diffSimilarity");
        HBox pickers = new HBox(new Label("From"), fromCombo, swap, new Label("To"), toCombo, similarity, progress);
        pickers.getStyleClass().add("diff-toolbar");
        message.setId("diffMessage");
        message.getStyleClass().add("diff-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Text deleted = new Text("deleted");
        deleted.getStyleClass().add(DiffSegments.DELETED);
        Text inserted = new Text("inserted");
        inserted.getStyleClass().add(DiffSegments.INSERTED);
        Text marked = new Text("selected change");
        marked.getStyleClass().addAll(DiffSegments.PLAIN, DiffSegments.HIGHLIGHT);
        TextFlow legend = new TextFlow(new Text("Legend: "), deleted, new Text("  "), inserted, new Text("  "), marked);
        legend.getStyleClass().add("diff-legend");
        VBox top = new VBox(pickers, message, legend);
        top.getStyleClass().add("diff-top");
        return top;
    }

    private Node passages() {
        fromFlow.setId("diffFromText");
        toFlow.setId("diffToText");
        inlineFlow.setId("diffInline");
        fromScroll.setId("diffFromScroll");
        toScroll.setId("diffToScroll");
        inlineScroll.setId("diffInlineScroll");
        SplitPane sideBySide = new SplitPane(titled("From", fromScroll), titled("To", toScroll));
        SplitPane passages = new SplitPane(sideBySide, titled("Inline", inlineScroll));
        passages.setOrientation(Orientation.VERTICAL);
        passages.setDividerPositions(0.6);
        return passages;
    }

    private static ScrollPane scrolling(TextFlow flow) {
        flow.getStyleClass().add("diff-text");
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node titled(String title, ScrollPane scroll) {
        Label heading = new Label(title);
        heading.getStyleClass().add("diff-heading");
        VBox box = new VBox(heading, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private Node sidebar() {
        changesList.setId("diffChanges");
        changesList.setItems(viewModel.changes());
        changesList.setCellFactory(list -> new ChangeCell());
        changesList.setPlaceholder(new Label("No classified changes"));
        Label changesHeading = new Label("Changes");
        changesHeading.getStyleClass().add("diff-heading");
        Label matrixHeading = new Label("Similarity between articles");
        matrixHeading.getStyleClass().add("diff-heading");
        matrixGrid.setId("diffMatrix");
        matrixGrid.getStyleClass().add("similarity-matrix");
        matrixBox.getChildren().addAll(matrixHeading, matrixGrid);
        VBox sidebar = new VBox(changesHeading, changesList, matrixBox);
        VBox.setVgrow(changesList, Priority.ALWAYS);
        sidebar.getStyleClass().add("diff-sidebar");
        return sidebar;
    }

    private void bind() {
        fromCombo.valueProperty().bindBidirectional(viewModel.fromSourceProperty());
        toCombo.valueProperty().bindBidirectional(viewModel.toSourceProperty());
        changesList.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, now) -> viewModel.selectedChangeProperty().set(now));
        viewModel.selectedChangeProperty().addListener((observable, old, now) -> {
            if (now == null) {
                changesList.getSelectionModel().clearSelection();
            }
            render();
        });
        viewModel.comparisonProperty().addListener((Observable observable) -> render());
        viewModel.matrixProperty().addListener((Observable observable) -> renderMatrix());
        viewModel.fromSourceProperty().addListener((Observable observable) -> renderMatrix());
        viewModel.toSourceProperty().addListener((Observable observable) -> renderMatrix());
        viewModel.pointProperty().addListener((Observable observable) -> {
            // the silent marks in the pickers depend on the point
            fromCombo.setCellFactory(list -> new SourceCell());
            toCombo.setCellFactory(list -> new SourceCell());
        });
        render();
        renderMatrix();
    }

    private void render() {
        TextComparison comparison = viewModel.comparisonProperty().get();
        if (comparison == null) {
            fromFlow.getChildren().clear();
            toFlow.getChildren().clear();
            inlineFlow.getChildren().clear();
            similarity.setText("");
            return;
        }
        Change selected = viewModel.selectedChangeProperty().get();
        fill(fromFlow, DiffSegments.fromSide(comparison.diff(), selected));
        fill(toFlow, DiffSegments.toSide(comparison.diff(), selected));
        fill(inlineFlow, DiffSegments.inline(comparison.diff(), selected));
        if (selected != null) {
            revealHighlight(fromScroll, fromFlow);
            revealHighlight(toScroll, toFlow);
            revealHighlight(inlineScroll, inlineFlow);
        }
        similarity.setText(String.format(Locale.ROOT, "Similarity %.2f", comparison.similarity()));
    }

    private static void fill(TextFlow flow, List<DiffSegment> segments) {
        Text[] texts = new Text[segments.size()];
        for (int i = 0; i < texts.length; i++) {
            DiffSegment segment = segments.get(i);
            texts[i] = new Text(segment.text());
            texts[i].getStyleClass().addAll(segment.styleClasses());
        }
        flow.getChildren().setAll(texts);
    }

    /** Scrolls {@code scroll} so that the first marked words of {@code flow} are in view. */
    private static void revealHighlight(ScrollPane scroll, TextFlow flow) {
        Node first = flow.getChildren().stream()
                .filter(node -> node.getStyleClass().contains(DiffSegments.HIGHLIGHT)).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout(); // the new texts must have their places before we can scroll to one
        double top = first.getBoundsInParent().getMinY();
        double bottom = first.getBoundsInParent().getMaxY();
        scroll.setVvalue(ScrollTarget.vvalue(top, bottom, flow.getBoundsInLocal().getHeight(),
                scroll.getViewportBounds().getHeight(), scroll.getVvalue()));
    }

    private void renderMatrix() {
        matrixGrid.getChildren().clear();
        SimilarityMatrix matrix = viewModel.matrixProperty().get();
        boolean show = matrix != null && matrix.size() >= 3;
        matrixBox.setVisible(show);
        matrixBox.setManaged(show);
        if (!show) {
            return;
        }
        Source from = viewModel.fromSourceProperty().get();
        Source to = viewModel.toSourceProperty().get();
        List<String> ids = matrix.sources();
        for (int i = 0; i < ids.size(); i++) {
            matrixGrid.add(header(ids.get(i), "column-"), i + 1, 0);
            matrixGrid.add(header(ids.get(i), "row-"), 0, i + 1);
        }
        for (int row = 0; row < ids.size(); row++) {
            for (int column = 0; column < ids.size(); column++) {
                String rowId = ids.get(row);
                String columnId = ids.get(column);
                Button cell = new Button(row == column ? "\u2014"
                        : String.format(Locale.ROOT, "%.2f", matrix.get(row, column)));
                cell.setId("cell-" + rowId + "-" + columnId);
                cell.getStyleClass().add("similarity-cell");
                cell.setDisable(row == column);
                cell.setTooltip(new Tooltip("Diff " + title(rowId) + " \u2192 " + title(columnId)));
                if (from != null && to != null && from.id().equals(rowId) && to.id().equals(columnId)) {
                    cell.getStyleClass().add("selected-pair");
                }
                cell.setOnAction(event -> viewModel.openPair(rowId, columnId));
                matrixGrid.add(cell, column + 1, row + 1);
            }
        }
    }

    /** A header: the source's short title, its full title and id in the tooltip. */
    private Label header(String sourceId, String idPrefix) {
        String title = title(sourceId);
        Label label = new Label(ShortTitles.of(title));
        label.setId("matrix-" + idPrefix + sourceId);
        label.getStyleClass().add("similarity-header");
        label.setTooltip(new Tooltip(title + "\n(source id: " + sourceId + ")"));
        return label;
    }

    private String title(String sourceId) {
        return viewModel.sources().stream().filter(source -> source.id().equals(sourceId)).map(Source::title)
                .findFirst().orElse(sourceId);
    }

    /** "Figure drift: about 2,000 → roughly 5,000". */
    static String describe(Change change) {
        return change.label().title() + ": " + (change.from().isEmpty() ? "(none)" : change.from()) + " \u2192 "
                + (change.to().isEmpty() ? "(none)" : change.to());
    }

    private static final class ChangeCell extends ListCell<Change> {
        @Override
        protected void updateItem(Change change, boolean empty) {
            super.updateItem(change, empty);
            getStyleClass().removeIf(style -> style.startsWith("change-"));
            if (empty || change == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(describe(change));
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            getStyleClass().add("change-" + change.label().id());
            setTooltip(new Tooltip(change.label().description()));
        }
    }

    private final class SourceNames extends StringConverter<Source> {
        @Override
        public String toString(Source source) {
            if (source == null) {
                return "";
            }
            return source.title() + (viewModel.makesPoint(source) ? "" : " (silent on this point)");
        }

        @Override
        public Source fromString(String text) {
            return null; // the combo boxes are not editable
        }
    }

    private final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source source, boolean empty) {
            super.updateItem(source, empty);
            setText(empty || source == null ? null : new SourceNames().toString(source));
        }
    }
}
