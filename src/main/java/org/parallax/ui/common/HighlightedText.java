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
    private String shownText;
    private List<String> shownWords;

    public HighlightedText() {
        getStyleClass().add(STYLE_CLASS);
    }

    public HighlightedText(String text, List<String> foldedWords) {
        this();
        setText(text, foldedWords);
    }

    /**
     * Shows {@code text} with the words marked. Nothing changes when text and words are what it shows; otherwise the
     * existing pieces are reused (their text set, the mark toggled) and only missing ones are added, so a table cell
     * redrawn for another row creates no nodes to style.
     */
    public void setText(String text, List<String> foldedWords) {
        if (java.util.Objects.equals(text, shownText) && java.util.Objects.equals(foldedWords, shownWords)) {
            return;
        }
        shownText = text;
        shownWords = foldedWords == null ? null : List.copyOf(foldedWords);
        List<String> pieces = new java.util.ArrayList<>();
        List<Boolean> marked = new java.util.ArrayList<>();
        if (text != null) {
            int at = 0;
            for (int[] range : TextMatches.find(text, foldedWords)) {
                if (range[0] > at) {
                    pieces.add(text.substring(at, range[0]));
                    marked.add(false);
                }
                pieces.add(text.substring(range[0], range[1]));
                marked.add(true);
                at = range[1];
            }
            if (at < text.length()) {
                pieces.add(text.substring(at));
                marked.add(false);
            }
        }
        var children = getChildren();
        if (children.size() > pieces.size()) {
            children.remove(pieces.size(), children.size());
        }
        for (int i = 0; i < pieces.size(); i++) {
            Text piece;
            if (i < children.size()) {
                piece = (Text) children.get(i);
                piece.setText(pieces.get(i));
            } else {
                piece = plain(pieces.get(i));
                children.add(piece);
            }
            StyleClasses.toggle(piece, MATCH, marked.get(i));
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
