package org.parallax.ui.export;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.parallax.ui.explorer.ExplorerViewModel;

/**
 * Ctrl+C (Cmd+C) in the window copies the ticked quotes, with citations, as plain text and HTML. Installed as a
 * scene handler, not a filter: a text field that has the focus copies its own text first and consumes the key.
 */
public final class QuoteCopyShortcut {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private QuoteCopyShortcut() {
    }

    public static void install(Scene scene, ExplorerViewModel explorer, QuoteCopier copier) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (COPY.match(key) && !explorer.selectedQuotes().isEmpty()) {
                copier.copy(explorer.model(), explorer.selectedQuotes());
                key.consume();
            }
        });
    }
}
