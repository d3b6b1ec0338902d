package org.parallax.ui.framing;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.ui.common.ContextPassage;
import org.parallax.ui.common.ContextPassageView;
import org.parallax.ui.common.ThemeService;

/**
 * A framing card's quote read in its article: the source, the paragraph number, and the paragraph before, the
 * quote's own (the quote marked) and the paragraph after, wrapping, in a resizable window beside the main one.
 * Esc or Close closes it; Copy copies the passage. Until the workbench's article reader exists, this is where a
 * quote opens.
 */
public final class QuoteContextWindow {
    private final Stage stage = new Stage();
    private final Label heading = new Label();
    private final Label where = new Label();
    private final ContextPassageView passage = new ContextPassageView();
    private ContextPassage shown;

    public QuoteContextWindow(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        heading.getStyleClass().addAll(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        passage.setPadding(new Insets(4, 8, 4, 2));
        ScrollPane scroller = new ScrollPane(passage);
        scroller.setFitToWidth(true);
        Button copy = new Button("Copy");
        copy.setId("contextCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(shown == null ? passage.shownText() : shown.plain());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = new Button("Close");
        close.setId("contextClose");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, copy, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox top = new VBox(4, heading, where);
        BorderPane root = new BorderPane(scroller, top, null, buttons, null);
        BorderPane.setMargin(scroller, new Insets(10, 0, 10, 0));
        root.setPadding(new Insets(14));
        root.setId("quoteContextWindow");
        root.getStyleClass().add("quote-context-window");
        root.getStylesheets().add(QuoteContextWindow.class.getResource("/org/parallax/ui/main/main.css")
                .toExternalForm());
        VBox.setVgrow(scroller, Priority.ALWAYS);
        Scene scene = ThemeService.fill(new Scene(root, 640, 460));
        scene.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(360);
        stage.setMinHeight(240);
    }

    /** Shows the quote of {@code source}; {@code context} null shows {@code whyNone} instead. */
    public void show(Source source, String name, Quote quote, ContextPassage context, String whyNone) {
        shown = context;
        stage.setTitle("In its article: " + name);
        heading.setText(source.title());
        where.setText(context == null ? "\u201C" + quote.text() + "\u201D"
                : "paragraph " + context.paragraph() + (source.author() == null ? "" : "  \u00B7  " + source.author())
                        + (source.publisher() == null ? "" : "  \u00B7  " + source.publisher()));
        passage.show(context, whyNone);
        stage.getScene().setFill(ThemeService.background());
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }

    /** The passage view (tests read it). */
    public ContextPassageView passage() {
        return passage;
    }

    public Stage stage() {
        return stage;
    }
}
