package org.parallax.ui.framing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.model.Framing;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.ui.common.HighlightedText;
import org.parallax.ui.common.Marks;
import org.parallax.ui.common.OpenInArticle;
import org.parallax.ui.common.OpenInArticleEvent;
import org.parallax.ui.common.SourceNames;

/**
 * The selected point side by side: its claims per side on top, then one column per source with the source's
 * name and kind, its frame line, stance and certainty chips, and its quotes; a source that does not make the point
 * gets an explicit "not mentioned" column, a source whose text is not in the corpus a muted "not in the corpus" one.
 * When more than {@link FramingViewModel#SILENT_COLUMNS} sources are silent, they are listed in one column per kind
 * of silence instead (decision 0066).
 */
public final class FramingView extends BorderPane {
    /** The narrowest a card gets before the panel scrolls sideways; wider windows share their width among cards. */
    public static final double MIN_CARD_WIDTH = 230;
    /** The widest a card grows (two cards on a wide screen stay readable lines, not 900 px ones). */
    static final double MAX_CARD_WIDTH = 720;
    private final FramingViewModel viewModel;
    private final Label title = new Label();
    private final GridPane claims = new GridPane();
    private final HBox columns = new HBox(12);

    public FramingView(FramingViewModel viewModel) {
        this.viewModel = viewModel;
        setId("framingView");
        getStyleClass().add("framing-view");
        getStylesheets().add(FramingView.class.getResource("/org/parallax/ui/framing/framing.css").toExternalForm());
        title.getStyleClass().addAll(Styles.TITLE_4, "framing-title");
        title.setWrapText(true);
        claims.getStyleClass().add("framing-claims");
        claims.setHgap(12);
        claims.setVgap(4);
        columns.setId("framingColumns");
        columns.getStyleClass().add("framing-columns");
        ScrollPane scroller = new ScrollPane(columns);
        scroller.setId("framingScroller");
        // the cards share the panel's width (never narrower than MIN_CARD_WIDTH: then the panel scrolls sideways)
        // and fill its height; a card taller than the panel scrolls with the panel
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(false);
        columns.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, scroller.getViewportBounds().getHeight()), scroller.viewportBoundsProperty()));
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox header = new VBox(6, title, claims);
        header.getStyleClass().add("framing-header");
        setTop(header);
        setCenter(scroller);
        viewModel.contentProperty().addListener((o, before, now) -> show(now));
        show(viewModel.contentProperty().get());
    }

    private void show(FramingViewModel.Content content) {
        claims.getChildren().clear();
        columns.getChildren().clear();
        if (content.point() == null) {
            title.setText("Select a point to see how each source frames it.");
            title.getStyleClass().add(Styles.TEXT_MUTED);
            return;
        }
        title.getStyleClass().remove(Styles.TEXT_MUTED);
        title.setText(content.point().title() + "   ·   " + content.themeLabel());
        int row = 0;
        for (Side side : content.sides()) {
            Label name = new Label(side.label());
            name.getStyleClass().add("claim-side");
            name.setMinWidth(Region.USE_PREF_SIZE);
            String text = content.point().claimFor(side.id()).orElse("no claim");
            Label claim = new Label(text);
            claim.setWrapText(true);
            claim.getStyleClass().add("claim-text");
            claim.setMinHeight(Region.USE_PREF_SIZE);
            claim.setId("claim-" + side.id());
            if (content.point().claimFor(side.id()).isEmpty()) {
                claim.getStyleClass().add(Styles.TEXT_MUTED);
            }
            VBox said = new VBox(2, claim, claimedBy(content, side));
            said.setMinWidth(0);
            GridPane.setHgrow(said, Priority.ALWAYS);
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            claims.addRow(row++, name, said);
        }
        for (FramingViewModel.SourceColumn column : content.columns()) {
            columns.getChildren().add(column.notInCorpus() ? notInCorpus(column)
                    : column.blindSpot() ? blindSpot(column) : framed(column));
        }
        if (!content.blindSpots().isEmpty()) {
            columns.getChildren().add(silentList("framing-blind-spots", "blind-spot",
                    new Label(count(content.blindSpots().size()) + " do not mention it", new FontIcon(Feather.EYE_OFF)),
                    "Read, and silent on this point: blind spots.", content.blindSpots()));
        }
        if (!content.notInCorpus().isEmpty()) {
            columns.getChildren().add(silentList("framing-not-in-corpus", "not-in-corpus",
                    new Label(count(content.notInCorpus().size()) + " not in the corpus",
                            new FontIcon(Feather.FILE_MINUS)),
                    "No text of these works is in the corpus, so whether they make this point is unknown.",
                    content.notInCorpus()));
        }
    }

    /** Who makes the side's claim: the sources with a quote about it, or a muted "no source quote". */
    private Label claimedBy(FramingViewModel.Content content, Side side) {
        Label by = new Label();
        by.setId("claimedBy-" + side.id());
        by.getStyleClass().addAll("claimed-by", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        by.setWrapText(true);
        by.setMinHeight(Region.USE_PREF_SIZE);
        if (content.point().claimFor(side.id()).isEmpty()) {
            by.setManaged(false);
            by.setVisible(false);
            return by;
        }
        List<String> names = viewModel.claimedBy(content.point(), side.id(), viewModel.mainSide());
        if (names.isEmpty()) {
            by.setText("no source quote backs this");
            by.getStyleClass().add(Styles.TEXT_MUTED);
            by.setTooltip(new Tooltip("The model states this claim in summary; no source has a quote about "
                    + side.label() + " on this point."));
        } else {
            by.setText("quoted from " + String.join(", ", names));
            by.setTooltip(new Tooltip("Sources with a quote about " + side.label() + " on this point"));
        }
        return by;
    }

    private static String count(int sources) {
        return String.format(java.util.Locale.ROOT, "%,d sources", sources);
    }

    /**
     * One column for many silent sources (decision 0066): what their silence means, then their titles in a list
     * that only lays out the rows in view, so a point of a corpus of thousands of sources stays a few nodes.
     */
    private VBox silentList(String id, String styleClass, Label heading, String meaning, List<Source> sources) {
        heading.getStyleClass().add(styleClass + "-label");
        ListView<String> titles = new ListView<>(FXCollections.observableArrayList(
                sources.stream().map(source -> viewModel.sourceName(source.id())).toList()));
        titles.setId(id + "-list");
        titles.setFocusTraversable(true);
        titles.setPrefHeight(Math.min(8, sources.size()) * 28 + 4);
        titles.getStyleClass().addAll(Styles.DENSE, "silent-sources");
        VBox box = column(id, heading, explanation(meaning), titles);
        box.getStyleClass().add(styleClass);
        return box;
    }

    /** What a card's state means, in small muted text. */
    private static Label explanation(String text) {
        Label why = new Label(text);
        why.setWrapText(true);
        why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        why.setMinHeight(Region.USE_PREF_SIZE);
        return why;
    }

    /** A column of the panel: a share of the panel's width (see MIN_CARD_WIDTH), the style every column shares. */
    private static VBox column(String id, javafx.scene.Node... children) {
        VBox box = new VBox(8, children);
        box.setId(id);
        box.getStyleClass().add("framing-column");
        box.setPrefWidth(MIN_CARD_WIDTH);
        box.setMinWidth(MIN_CARD_WIDTH);
        box.setMaxWidth(MAX_CARD_WIDTH);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private VBox framed(FramingViewModel.SourceColumn column) {
        Framing framing = column.framing().orElseThrow();
        VBox box = card(column);
        HBox chips = new HBox(6, Marks.stanceChip(framing.stance()), Marks.certaintyChip(framing.certainty()));
        chips.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(chips);
        if (framing.frame() != null) {
            Label frame = new Label(framing.frame());
            frame.setWrapText(true);
            frame.getStyleClass().add("frame-line");
            frame.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(frame);
        }
        if (framing.hasNote()) {
            Label note = new Label(framing.note().strip(), new FontIcon(Feather.ALERT_CIRCLE));
            note.setId("note-" + column.source().id());
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            note.getStyleClass().addAll("framing-note", Styles.TEXT_SMALL);
            note.setTooltip(new Tooltip("The analyst's note on this framing"));
            box.getChildren().add(note);
        }
        if (framing.speaker() != null) {
            Label speaker = new Label("speaker: " + framing.speaker());
            speaker.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(speaker);
        }
        for (Quote quote : framing.quotes()) {
            box.getChildren().add(quote(column.source(), quote));
        }
        return box;
    }

    /**
     * A quote of a card: double-click it, or focus it and press Enter, Space or Ctrl+Enter, or use its context menu,
     * to open it in its article in the workbench's reader (decision 0158).
     */
    private HighlightedText quote(Source source, Quote quote) {
        HighlightedText text = new HighlightedText("\u201C" + quote.text() + "\u201D", viewModel.queryWords());
        text.getStyleClass().add("framing-quote");
        text.setFocusTraversable(true);
        text.setCursor(javafx.scene.Cursor.HAND);
        text.setAccessibleRole(javafx.scene.AccessibleRole.HYPERLINK);
        Tooltip.install(text, new Tooltip("Open in its article (double-click, or Enter)"));
        text.setOnMouseClicked(click -> text.requestFocus());
        java.util.function.Supplier<java.util.Optional<OpenInArticleEvent>> place = () -> java.util.Optional.of(
                new OpenInArticleEvent(source.id(), quote.start(), quote.end()));
        OpenInArticle.install(text, true, place);
        text.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.SPACE) {
                OpenInArticle.open(text, place);
                key.consume();
            }
        });
        return text;
    }

    private VBox blindSpot(FramingViewModel.SourceColumn column) {
        VBox box = card(column);
        box.getStyleClass().add("blind-spot");
        Label silent = new Label("not mentioned", new FontIcon(Feather.EYE_OFF));
        silent.getStyleClass().add("blind-spot-label");
        box.getChildren().addAll(silent, explanation("This source was read and does not make this point: a blind spot."));
        return box;
    }

    private VBox notInCorpus(FramingViewModel.SourceColumn column) {
        VBox box = card(column);
        box.getStyleClass().add("not-in-corpus");
        Label missing = new Label("not in the corpus", new FontIcon(Feather.FILE_MINUS));
        missing.getStyleClass().addAll("not-in-corpus-label", Styles.TEXT_MUTED);
        box.getChildren().addAll(missing,
                explanation("No text of this work is in the corpus, so whether it makes this point is unknown."));
        return box;
    }

    private VBox card(FramingViewModel.SourceColumn column) {
        Label name = new Label(viewModel.sourceName(column.source().id()));
        name.setTooltip(new Tooltip(SourceNames.tooltip(column.source())));
        name.setWrapText(true);
        name.getStyleClass().add("source-name");
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label kind = new Label(Marks.label(column.source().kind()) + (column.source().derivedFrom() == null ? ""
                : " of " + viewModel.sourceName(column.source().derivedFrom())));
        kind.setWrapText(true);
        kind.getStyleClass().addAll("source-kind", Styles.TEXT_SMALL);
        kind.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = column("framing-" + column.source().id(), name, kind);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
