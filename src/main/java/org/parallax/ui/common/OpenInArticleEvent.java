package org.parallax.ui.common;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * "Open in article": a quote or passage of {@code sourceId}, code points {@code [start, end)} of its stored text, to
 * be shown in the workbench's reader (decision 0158). A view fires it on the node the user acted on; it bubbles up to
 * the main window, where the one handler (the workbench's) switches to the reader and selects the range.
 */
public final class OpenInArticleEvent extends Event {
    public static final EventType<OpenInArticleEvent> OPEN = new EventType<>(Event.ANY, "OPEN_IN_ARTICLE");
    /** The keys that open the focused quote in its article wherever a quote is shown (Ctrl+Enter). */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** The label every view's context menu uses. */
    public static final String ACTION = "Open in article";

    private final String sourceId;
    private final int start;
    private final int end;

    public OpenInArticleEvent(String sourceId, int start, int end) {
        super(OPEN);
        if (sourceId == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad place " + sourceId + " [" + start + ", " + end + ")");
        }
        this.sourceId = sourceId;
        this.start = start;
        this.end = end;
    }

    /** Fires the event on {@code node} (it bubbles to the window's handler). */
    public static void fire(Node node, String sourceId, int start, int end) {
        node.fireEvent(new OpenInArticleEvent(sourceId, start, end));
    }

    public String sourceId() {
        return sourceId;
    }

    /** First code point of the range. */
    public int start() {
        return start;
    }

    /** Code point after the range. */
    public int end() {
        return end;
    }

    @Override
    public String toString() {
        return "OpenInArticleEvent[" + sourceId + " " + start + ".." + end + "]";
    }
}
