package org.parallax.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A quote read in its article: the paragraph before (muted), the quote's paragraph with the quote marked (bold,
 * underlined and tinted, so the mark does not rely on colour), and the paragraph after; every line wraps.
 */
public final class ContextPassageView extends VBox {
    public static final String QUOTE = "context-quote";
    private final TextFlow previous = new TextFlow();
    private final TextFlow paragraph = new TextFlow();
    private final TextFlow next = new TextFlow();
    private final Label empty = new Label();

    public ContextPassageView() {
        super(10);
        getStyleClass().add("context-passage");
        previous.getStyleClass().addAll("context-text", "context-around");
        paragraph.getStyleClass().addAll("context-text", "context-paragraph");
        next.getStyleClass().addAll("context-text", "context-around");
        paragraph.setId("contextParagraph");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.getStyleClass().add("context-empty");
        show(null, "");
    }

    /** Shows the passage, or {@code whyNone} (muted) when there is none. */
    public void show(ContextPassage passage, String whyNone) {
        previous.getChildren().clear();
        paragraph.getChildren().clear();
        next.getChildren().clear();
        if (passage == null) {
            empty.setText(whyNone);
            getChildren().setAll(empty);
            return;
        }
        getChildren().clear();
        if (!passage.previous().isEmpty()) {
            previous.getChildren().add(text(passage.previous(), "text"));
            getChildren().add(previous);
        }
        paragraph.getChildren().addAll(text(passage.before(), "text"), text(passage.quoted(), QUOTE),
                text(passage.after(), "text"));
        getChildren().add(paragraph);
        if (!passage.next().isEmpty()) {
            next.getChildren().add(text(passage.next(), "text"));
            getChildren().add(next);
        }
    }

    /** The marked quote as shown (tests read it). */
    public String quoted() {
        return paragraph.getChildren().stream().filter(n -> n.getStyleClass().contains(QUOTE))
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
    }

    /** Everything shown, paragraphs separated by blank lines. */
    public String shownText() {
        StringBuilder all = new StringBuilder();
        for (var child : getChildren()) {
            if (all.length() > 0) {
                all.append("\n\n");
            }
            if (child instanceof TextFlow flow) {
                flow.getChildren().forEach(n -> all.append(((Text) n).getText()));
            } else if (child instanceof Label label) {
                all.append(label.getText());
            }
        }
        return all.toString();
    }

    private static Text text(String piece, String styleClass) {
        Text text = new Text(piece);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
