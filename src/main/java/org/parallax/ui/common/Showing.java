package org.parallax.ui.common;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * An update that a hidden view defers: {@link #changed()} runs it at once while the view shows, and only marks it
 * due while the view is hidden; it runs once, with the state of that moment, when the view shows again. A tab's
 * view-model binds {@link #showingProperty()} to its tab's selection, so a filter change recomputes only what can be
 * seen (decision 0145). Showing until told otherwise: a view-model used without a window behaves as before.
 */
public final class Showing {
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    private final Runnable update;
    private boolean due;

    public Showing(Runnable update) {
        this.update = Objects.requireNonNull(update, "update");
        showing.addListener((o, was, now) -> {
            if (now && due) {
                due = false;
                update.run();
            }
        });
    }

    /** What the update depends on changed: update now, or when shown. */
    public void changed() {
        if (showing.get()) {
            due = false;
            update.run();
        } else {
            due = true;
        }
    }

    /** True when an update waits for the view to show. */
    public boolean isDue() {
        return due;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }
}
