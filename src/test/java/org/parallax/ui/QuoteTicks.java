package org.parallax.ui;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.parallax.analysis.filter.QuoteRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where a quote row's tick box is on screen, read on the FX thread. Clicking a screen point rather than a node
 * looked up from the test thread keeps a click from racing a relayout that replaces the cells (a filter pass, the
 * first point being selected): whatever cell then shows that row sits at the same place.
 */
public final class QuoteTicks {
    private QuoteTicks() {
    }

    public static Point2D at(TableView<QuoteRow> quotes, int rowIndex) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> {
                quotes.layout();
                Node box = quotes.lookupAll(".quote-tick").stream()
                        .filter(n -> n.getScene() != null && n.isVisible())
                        .filter(n -> n.getParent() instanceof TableCell<?, ?> c && !c.isEmpty()
                                && c.getIndex() == rowIndex)
                        .findFirst().orElseThrow(() -> new AssertionError("no tick box shown for row " + rowIndex));
                Bounds bounds = box.localToScreen(box.getBoundsInLocal());
                return new Point2D(bounds.getCenterX(), bounds.getCenterY());
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not find the tick box of row " + rowIndex, e);
        }
    }
}
