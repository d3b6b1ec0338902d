package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiffScrollTargetTest {

    @Test
    void wordsAlreadyInViewKeepThePosition() {
        // content 1000 high, viewport 200, scrolled to 0.5: rows 400..600 are visible
        assertThat(ScrollTarget.vvalue(450, 470, 1000, 200, 0.5)).isEqualTo(0.5);
    }

    @Test
    void wordsBelowTheViewScrollDownWithContextAbove() {
        double v = ScrollTarget.vvalue(700, 720, 1000, 200, 0.0);
        double viewTop = v * 800;
        assertThat(700.0).isBetween(viewTop, viewTop + 200 - 20);
        assertThat(v).isCloseTo((700 - 200 / 3.0) / 800, within(1e-9));
    }

    @Test
    void wordsAboveTheViewScrollUpAndValuesStayInRange() {
        assertThat(ScrollTarget.vvalue(10, 30, 1000, 200, 1.0)).isEqualTo(0.0);
        assertThat(ScrollTarget.vvalue(990, 1000, 1000, 200, 0.0)).isLessThanOrEqualTo(1.0);
        assertThat(ScrollTarget.vvalue(50, 60, 150, 200, 0.3)).isEqualTo(0.0); // nothing to scroll
    }
}
