package org.parallax.ui.diff;

/**
 * Where a vertical scroll pane must scroll so that a node's span {@code [top, bottom)} of its content is visible:
 * the current position when it already is, otherwise the span's top a third of the way down the viewport (so
 * the words before it give context). Returns the scroll pane's vvalue, 0..1.
 */
final class ScrollTarget {
    private ScrollTarget() {
    }

    static double vvalue(double top, double bottom, double contentHeight, double viewportHeight, double current) {
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return 0;
        }
        double viewTop = current * scrollable;
        if (top >= viewTop && bottom <= viewTop + viewportHeight) {
            return current;
        }
        double wanted = top - viewportHeight / 3;
        return Math.max(0, Math.min(1, wanted / scrollable));
    }
}
