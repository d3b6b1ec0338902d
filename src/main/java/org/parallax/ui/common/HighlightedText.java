package org.parallax.ui.common;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapping text with the matched query words marked by the style class {@value #MATCH} (bold and underlined
 * as well as coloured, so the mark does not rely on colour).
 */
public final class HighlightedText extends TextFlow {
    public static final String STYLE_CLASS = "highlighted-text";
    public static final String MATCH = "search-match";

    public HighlightedText() {
        getStyleClass().add(STYLE_CLASS);
    }

    public HighlightedText(String text, List<String> foldedWords) {
        this();
        setText(text, foldedWords);
    }

    public void setText(String text, List<String> foldedWords) {
        getChildren().clear();
        if (text == null) {
            return;
        }
        int at = 0;
        for (int[] range : TextMatches.find(text, foldedWords)) {
            if (range[0] > at) {
                getChildren().add(plain(text.substring(at, range[0])));
            }
            Text match = plain(text.substring(range[0], range[1]));
            match.getStyleClass().add(MATCH);
            getChildren().add(match);
            at = range[1];
        }
        if (at < text.length()) {
            getChildren().add(plain(text.substring(at)));
        }
    }

    /** The matched pieces, in order (tests read them). */
    public List<String> matches() {
        return getChildren().stream().filter(n -> n.getStyleClass().contains(MATCH))
                .map(n -> ((Text) n).getText()).toList();
    }

    /** The whole text. */
    public String text() {
        StringBuilder all = new StringBuilder();
        getChildren().forEach(n -> all.append(((Text) n).getText()));
        return all.toString();
    }

    private static Text plain(String piece) {
        Text text = new Text(piece);
        text.getStyleClass().add("text");
        return text;
    }
}
