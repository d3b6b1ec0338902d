package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A hidden view's update waits, and runs once when the view shows again. */
class ShowingTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final Showing showing = new Showing(runs::incrementAndGet);

    @Test
    void runsAtOnceWhileShowing() {
        showing.changed();
        showing.changed();
        assertThat(runs).hasValue(2);
        assertThat(showing.isDue()).isFalse();
    }

    @Test
    void waitsWhileHiddenThenRunsOnceWhenShown() {
        showing.showingProperty().set(false);
        showing.changed();
        showing.changed();
        showing.changed();
        assertThat(runs).hasValue(0);
        assertThat(showing.isDue()).isTrue();
        showing.showingProperty().set(true);
        assertThat(runs).hasValue(1);
        assertThat(showing.isDue()).isFalse();
        showing.showingProperty().set(false);
        showing.showingProperty().set(true); // shown again with nothing changed: nothing to do
        assertThat(runs).hasValue(1);
    }
}
