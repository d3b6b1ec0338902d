package org.parallax.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The gestures that open a quote in its article, the same in every view: double-click, Ctrl+Enter (and Enter where
 * the view has no other use for it), and a context menu item "Open in article". {@code place} says what the node
 * holds now (the focused row, the card's quote), empty when nothing.
 */
public final class OpenInArticle {
    private OpenInArticle() {
    }

    public static void install(Node node, boolean plainEnter, Supplier<Optional<OpenInArticleEvent>> place) {
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && onItem(node, click)) {
                open(node, place);
                click.consume();
            }
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (OpenInArticleEvent.SHORTCUT.match(key)
                    || plainEnter && key.getCode() == KeyCode.ENTER && !key.isShortcutDown() && !key.isAltDown()) {
                if (open(node, place)) {
                    key.consume();
                }
            }
        });
        // the keys are named, not bound as an accelerator: a shown context menu would bind them window-wide
        MenuItem item = new MenuItem(OpenInArticleEvent.ACTION + "  (" + OpenInArticleEvent.SHORTCUT.getDisplayText()
                + ")", new FontIcon(Feather.BOOK_OPEN));
        item.setId("openInArticle");
        item.setOnAction(e -> open(node, place));
        ContextMenu menu = new ContextMenu(item);
        node.setOnContextMenuRequested(request -> {
            item.setDisable(place.get().isEmpty());
            menu.show(node, request.getScreenX(), request.getScreenY());
            request.consume();
        });
    }

    /** Whether a click on {@code node} hit an item: in a list or table, a filled cell (not a header, not blank). */
    private static boolean onItem(Node node, MouseEvent click) {
        for (Node at = click.getPickResult().getIntersectedNode(); at != null && at != node; at = at.getParent()) {
            if (at instanceof IndexedCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return !(node instanceof ListView<?> || node instanceof TableView<?>);
    }

    /** Fires the event for what {@code node} holds now; false when it holds no quote. */
    public static boolean open(Node node, Supplier<Optional<OpenInArticleEvent>> place) {
        Optional<OpenInArticleEvent> event = place.get();
        event.ifPresent(node::fireEvent);
        return event.isPresent();
    }
}
