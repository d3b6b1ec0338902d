package org.parallax.ui.diff;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.parallax.analysis.diff.SimilarityMatrix;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.model.Model;
import org.parallax.model.Source;
import org.parallax.ui.common.OpenInArticle;
import org.parallax.ui.common.OpenInArticleEvent;

/**
 * How two articles word the same point: source pickers (A and B), what is compared (the point's framings or the
 * whole articles), the aligned passages as rows side by side with their similarity and word diff (deletions
 * struck through, insertions underlined, the selected change marked on both sides), the framing changes with
 * the selected one's explanation, and with three or more articles a similarity matrix whose cells open that pair.
 * F8 / Shift+F8 step through the changes, Alt+S swaps A and B. Owns nodes only; state lives in
 * {@link DiffViewModel}.
 */
public final class DiffView {
    static final KeyCombination NEXT_CHANGE = new KeyCodeCombination(KeyCode.F8);
    static final KeyCombination PREVIOUS_CHANGE = new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN);
    static final KeyCombination SWAP = new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN);

    private final DiffViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Source> fromCombo = new ComboBox<>();
    private final ComboBox<Source> toCombo = new ComboBox<>();
    private final ComboBox<DiffViewModel.Mode> modeCombo = new ComboBox<>();
    private final Label message = new Label();
    private final Label notice = new Label();
    private final Label similarity = new Label();
    private final Label fromHeading = new Label("A");
    private final Label toHeading = new Label("B");
    private final ListView<DiffRow> rowsList = new ListView<>();
    private final ListView<FramingChange> changesList = new ListView<>();
    private final Label explanation = new Label();
    private final GridPane matrixGrid = new GridPane();
    private final VBox matrixBox = new VBox();

    public DiffView(DiffViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("diff-view");
        root.getStylesheets().add(DiffView.class.getResource("diff.css").toExternalForm());
        root.setTop(toolbar());
        SplitPane body = new SplitPane(rowsPane(), sidebar());
        body.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(body.getItems().get(1), false);
        root.setCenter(body);
        bind();
        root.sceneProperty().addListener((observable, old, scene) -> installKeys(scene));
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
            combo.setPrefWidth(200);
            combo.setMinWidth(Region.USE_PREF_SIZE);
        }
        fromCombo.setTooltip(new Tooltip("A: the article read first"));
        toCombo.setTooltip(new Tooltip("B: the article compared with A"));
        Button swap = new Button("Swap");
        swap.setMnemonicParsing(false);
        swap.setId("diffSwap");
        swap.setTooltip(new Tooltip("Compare the other way round (Alt+S)"));
        swap.setOnAction(event -> viewModel.swap());
        modeCombo.setId("diffMode");
        modeCombo.getItems().setAll(DiffViewModel.Mode.values());
        modeCombo.valueProperty().bindBidirectional(viewModel.modeProperty());
        modeCombo.setTooltip(new Tooltip("Compare the two articles' framings of the selected point, or the whole "
                + "articles passage by passage (needs the article texts attached)"));
        Button previous = new Button("\u25B2 Previous");
        previous.setId("diffPrevious");
        previous.setTooltip(new Tooltip("Previous change (Shift+F8)"));
        previous.setOnAction(event -> viewModel.selectPrevious());
        Button next = new Button("\u25BC Next");
        next.setId("diffNext");
        next.setTooltip(new Tooltip("Next change (F8)"));
        next.setOnAction(event -> viewModel.selectNext());
        previous.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.changes()));
        next.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.changes()));
        for (Region control : List.of(swap, modeCombo, previous, next, similarity)) {
            control.setMinWidth(Region.USE_PREF_SIZE); // never "Sw…": the flow wraps instead
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("diff-progress");
        progress.visibleProperty().bind(viewModel.busyProperty());
        similarity.setId("diffSimilarity");
        Label a = new Label("A");
        a.setLabelFor(fromCombo);
        Label b = new Label("B");
        b.setLabelFor(toCombo);
        // a flow, not a row: on a narrow window the controls wrap instead of widening the view past the window
        FlowPane pickers = new FlowPane(new HBox(a, fromCombo, swap, b, toCombo), new HBox(modeCombo, previous, next),
                new HBox(similarity, progress));
        pickers.getStyleClass().add("diff-toolbar");
        pickers.getChildren().forEach(group -> group.getStyleClass().add("diff-toolbar-group"));
        message.setId("diffMessage");
        message.getStyleClass().add("diff-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        notice.setId("diffEncoderNotice");
        notice.getStyleClass().add("diff-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.encoderNoticeProperty());
        notice.visibleProperty().bind(viewModel.encoderNoticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Text deleted = new Text("only in A");
        deleted.getStyleClass().add(RowSegments.DELETED);
        Text inserted = new Text("only in B");
        inserted.getStyleClass().add(RowSegments.INSERTED);
        Text marked = new Text("selected change");
        marked.getStyleClass().addAll(RowSegments.PLAIN, RowSegments.HIGHLIGHT);
        Text boundary = new Text(RowSegments.BOUNDARY_MARK + "a new quote");
        boundary.getStyleClass().add(RowSegments.BOUNDARY);
        TextFlow legend = new TextFlow(new Text("Legend: "), deleted, new Text("   "), inserted, new Text("   "), marked,
                new Text("   "), boundary);
        legend.getStyleClass().add("diff-legend");
        VBox top = new VBox(pickers, message, notice, legend);
        top.getStyleClass().add("diff-top");
        return top;
    }

    /** Where side A's (or B's) passage of {@code row} is in its article, for "Open in article". */
    private java.util.Optional<OpenInArticleEvent> place(DiffRow row, boolean fromSide) {
        if (row == null) {
            return java.util.Optional.empty();
        }
        return PassagePlaces.of(viewModel.comparisonProperty().get(), viewModel.modeProperty().get(),
                viewModel.pointProperty().get(), (fromSide ? viewModel.fromSourceProperty()
                        : viewModel.toSourceProperty()).get(), fromSide, fromSide ? row.from() : row.to());
    }

    private Node rowsPane() {
        rowsList.setId("diffRows");
        // Enter, Ctrl+Enter, double-click: the selected row's passage of A (of B when only B has it) in its article
        OpenInArticle.install(rowsList, true, () -> {
            DiffRow row = rowsList.getSelectionModel().getSelectedItem();
            return place(row, row != null && row.from() != null);
        });
        rowsList.setItems(viewModel.rows());
        rowsList.setCellFactory(list -> new RowCell());
        rowsList.setPlaceholder(new Label("Nothing to compare yet"));
        rowsList.setFocusTraversable(true);
        fromHeading.getStyleClass().add("diff-heading");
        fromHeading.setId("diffFromHeading");
        toHeading.getStyleClass().add("diff-heading");
        toHeading.setId("diffToHeading");
        GridPane headings = columns();
        headings.add(fromHeading, 0, 0);
        Label similar = new Label("Similarity");
        similar.getStyleClass().addAll("diff-heading", "diff-similarity-heading");
        headings.add(similar, 1, 0);
        headings.add(toHeading, 2, 0);
        headings.getStyleClass().add("diff-row-headings");
        VBox box = new VBox(headings, rowsList);
        VBox.setVgrow(rowsList, Priority.ALWAYS);
        box.setMinWidth(360);
        return box;
    }

    /** Three columns: A's passage, the pair's similarity, B's passage. */
    private static GridPane columns() {
        GridPane grid = new GridPane();
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(45);
        side.setHgrow(Priority.ALWAYS);
        ColumnConstraints middle = new ColumnConstraints();
        middle.setPercentWidth(10);
        ColumnConstraints other = new ColumnConstraints();
        other.setPercentWidth(45);
        other.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(side, middle, other);
        grid.getStyleClass().add("diff-columns");
        return grid;
    }

    private Node sidebar() {
        changesList.setId("diffChanges");
        changesList.setItems(viewModel.changes());
        changesList.setCellFactory(list -> new ChangeCell());
        changesList.setPlaceholder(new Label("No framing changes"));
        Label changesHeading = new Label("Framing changes");
        changesHeading.getStyleClass().add("diff-heading");
        explanation.setId("diffExplanation");
        explanation.getStyleClass().add("diff-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Label matrixHeading = new Label("Similarity between articles");
        matrixHeading.getStyleClass().add("diff-heading");
        matrixGrid.setId("diffMatrix");
        matrixGrid.getStyleClass().add("similarity-matrix");
        matrixBox.getChildren().addAll(matrixHeading, matrixGrid);
        VBox sidebar = new VBox(changesHeading, changesList, explanation, matrixBox);
        VBox.setVgrow(changesList, Priority.ALWAYS);
        sidebar.getStyleClass().add("diff-sidebar");
        sidebar.setMinWidth(240);
        return sidebar;
    }

    private void bind() {
        fromCombo.valueProperty().bindBidirectional(viewModel.fromSourceProperty());
        toCombo.valueProperty().bindBidirectional(viewModel.toSourceProperty());
        changesList.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                viewModel.selectedChangeProperty().set(now);
            }
        });
        viewModel.selectedChangeProperty().addListener((observable, old, now) -> selectionChanged(now));
        viewModel.comparisonProperty().addListener((Observable observable) -> comparisonChanged());
        viewModel.matrixProperty().addListener((Observable observable) -> renderMatrix());
        viewModel.fromSourceProperty().addListener((Observable observable) -> sourcesChanged());
        viewModel.toSourceProperty().addListener((Observable observable) -> sourcesChanged());
        viewModel.pointProperty().addListener((Observable observable) -> {
            // the silent marks in the pickers depend on the point
            fromCombo.setCellFactory(list -> new SourceCell());
            toCombo.setCellFactory(list -> new SourceCell());
        });
        comparisonChanged();
        sourcesChanged();
    }

    private void installKeys(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(NEXT_CHANGE, () -> whenShowing(viewModel::selectNext));
        scene.getAccelerators().put(PREVIOUS_CHANGE, () -> whenShowing(viewModel::selectPrevious));
        scene.getAccelerators().put(SWAP, () -> whenShowing(() -> {
            viewModel.swap();
            return true;
        }));
    }

    /** Runs a key's action only while this view is on screen (its tab selected). */
    private void whenShowing(java.util.function.BooleanSupplier action) {
        for (Node node = root; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return;
            }
        }
        if (root.getScene() != null) {
            action.getAsBoolean();
        }
    }

    private void selectionChanged(FramingChange change) {
        if (change == null) {
            changesList.getSelectionModel().clearSelection();
            explanation.setText("");
        } else {
            changesList.getSelectionModel().select(change);
            changesList.scrollTo(change);
            explanation.setText(change.explanation() + "\n" + title(change) + ": " + change.label().description() + ".");
            int row = viewModel.rowOf(change);
            if (row >= 0) {
                rowsList.getSelectionModel().select(row);
                rowsList.scrollTo(Math.max(0, row - 1));
            }
        }
        rowsList.refresh();
    }

    private void comparisonChanged() {
        FramingComparison comparison = viewModel.comparisonProperty().get();
        similarity.setText(comparison == null ? ""
                : String.format(Locale.ROOT, "Similarity %.2f", comparison.similarity()));
        explanation.setText("");
        rowsList.refresh();
    }

    private void sourcesChanged() {
        fromHeading.setText("A \u00B7 " + name(viewModel.fromSourceProperty().get()));
        toHeading.setText("B \u00B7 " + name(viewModel.toSourceProperty().get()));
        renderMatrix();
    }

    private String name(Source source) {
        Model model = viewModel.modelProperty().get();
        return source == null ? "" : model == null ? source.shortName() : model.shortName(source.id());
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
                cell.setTooltip(new Tooltip("Compare " + title(rowId) + " (A) with " + title(columnId) + " (B)"));
                if (from != null && to != null && from.id().equals(rowId) && to.id().equals(columnId)) {
                    cell.getStyleClass().add("selected-pair");
                }
                cell.setOnAction(event -> viewModel.openPair(rowId, columnId));
                matrixGrid.add(cell, column + 1, row + 1);
            }
        }
    }

    /** A header: the source's short name, its full title and id in the tooltip. */
    private Label header(String sourceId, String idPrefix) {
        Model model = viewModel.modelProperty().get();
        Label label = new Label(model == null ? sourceId : model.shortName(sourceId));
        label.setId("matrix-" + idPrefix + sourceId);
        label.getStyleClass().add("similarity-header");
        label.setTooltip(new Tooltip(title(sourceId) + "\n(source id: " + sourceId + ")"));
        return label;
    }

    private String title(String sourceId) {
        return viewModel.sources().stream().filter(source -> source.id().equals(sourceId)).map(Source::title)
                .findFirst().orElse(sourceId);
    }

    private static String title(FramingChange change) {
        String id = change.label().id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }

    /** "Hedging, dropped: may → (none)". */
    static String describe(FramingChange change) {
        return title(change) + ", " + change.direction().id() + ": "
                + (change.from().isEmpty() ? "(none)" : "\u201C" + change.from() + "\u201D") + " \u2192 "
                + (change.to().isEmpty() ? "(none)" : "\u201C" + change.to() + "\u201D");
    }

    private static TextFlow flow(List<DiffSegment> segments, String side) {
        Text[] texts = new Text[segments.size()];
        for (int i = 0; i < texts.length; i++) {
            DiffSegment segment = segments.get(i);
            texts[i] = new Text(segment.text());
            texts[i].getStyleClass().addAll(segment.styleClasses());
        }
        TextFlow flow = new TextFlow(texts);
        flow.getStyleClass().addAll("diff-text", side);
        flow.setMinWidth(0);
        return flow;
    }

    /** One aligned pair (or a passage only one side has): A | similarity | B, and the pair's change labels. */
    private final class RowCell extends ListCell<DiffRow> {
        RowCell() {
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(DiffRow row, boolean empty) {
            super.updateItem(row, empty);
            FramingComparison comparison = viewModel.comparisonProperty().get();
            if (empty || row == null || comparison == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FramingChange selected = viewModel.selectedChangeProperty().get();
            GridPane grid = columns();
            grid.add(side(comparison, row, RowSegments.Side.FROM, selected, "diff-from", "only in B"), 0, 0);
            Label score = new Label(row.isAligned() ? String.format(Locale.ROOT, "%.2f", row.similarity()) : "");
            score.getStyleClass().add("diff-pair-similarity");
            score.setTooltip(new Tooltip("How alike the two passages are in meaning and wording (0 to 1)"));
            grid.add(score, 1, 0);
            grid.add(side(comparison, row, RowSegments.Side.TO, selected, "diff-to", "only in A"), 2, 0);
            if (!row.changes().isEmpty()) {
                HBox labels = new HBox();
                labels.getStyleClass().add("diff-row-labels");
                for (FramingChange change : row.changes()) {
                    Label chip = new Label(title(change));
                    chip.getStyleClass().addAll("diff-chip", "change-" + change.label().id());
                    if (change.equals(selected)) {
                        chip.getStyleClass().add("selected");
                    }
                    chip.setTooltip(new Tooltip(change.explanation()));
                    labels.getChildren().add(chip);
                }
                grid.add(labels, 0, 1, 3, 1);
            }
            grid.setMaxWidth(Double.MAX_VALUE);
            grid.prefWidthProperty().bind(rowsList.widthProperty().subtract(28));
            setGraphic(grid);
            setText(null);
        }

        private Node side(FramingComparison comparison, DiffRow row, RowSegments.Side side, FramingChange selected,
                          String styleClass, String absent) {
            if ((side == RowSegments.Side.FROM ? row.from() : row.to()) == null) {
                Label only = new Label("\u2014 " + absent + " \u2014");
                only.getStyleClass().add("diff-absent");
                return only;
            }
            Node flow = flow(RowSegments.of(comparison, row, side, selected), styleClass);
            boolean fromSide = side == RowSegments.Side.FROM;
            OpenInArticle.install(flow, false, () -> place(row, fromSide));
            return flow;
        }
    }

    private final class ChangeCell extends ListCell<FramingChange> {
        ChangeCell() {
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(FramingChange change, boolean empty) {
            super.updateItem(change, empty);
            getStyleClass().removeIf(style -> style.startsWith("change-"));
            if (empty || change == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(describe(change));
            getStyleClass().add("change-" + change.label().id());
            setTooltip(new Tooltip(change.explanation()));
        }
    }

    private final class SourceNames extends StringConverter<Source> {
        @Override
        public String toString(Source source) {
            if (source == null) {
                return "";
            }
            return name(source) + (viewModel.makesPoint(source) ? "" : " (silent on this point)");
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
            setTooltip(empty || source == null ? null : new Tooltip(source.title()));
        }
    }
}
