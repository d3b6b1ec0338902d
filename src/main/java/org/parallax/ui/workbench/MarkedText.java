package org.parallax.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapping text with some ranges marked by the style class {@value #MARK} (bold and underlined as well as tinted,
 * so the mark does not rely on colour). Ranges are code points of the text; overlapping ones merge.
 */
final class MarkedText extends TextFlow {
    static final String MARK = "evidence-word";

    MarkedText(String text, List<int[]> codePointRanges) {
        getStyleClass().add("marked-text");
        List<int[]> ranges = new ArrayList<>(codePointRanges);
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        int at = 0;
        int length = text.codePointCount(0, text.length());
        for (int[] range : ranges) {
            int from = Math.max(at, Math.min(range[0], length));
            int to = Math.min(range[1], length);
            if (to <= from) {
                continue;
            }
            add(slice(text, at, from), false);
            add(slice(text, from, to), true);
            at = to;
        }
        add(slice(text, at, length), false);
    }

    private static String slice(String text, int from, int to) {
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    private void add(String piece, boolean marked) {
        if (piece.isEmpty()) {
            return;
        }
        Text node = new Text(piece);
        node.getStyleClass().add("text");
        if (marked) {
            node.getStyleClass().add(MARK);
        }
        getChildren().add(node);
    }

    /** The marked pieces, in order (tests read them). */
    List<String> marked() {
        return getChildren().stream().filter(n -> n.getStyleClass().contains(MARK)).map(n -> ((Text) n).getText())
                .toList();
    }
}
