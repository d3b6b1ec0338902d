package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.explorer.PointRow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @Test
    void opensTheModelAndShowsItsPointsWithTheTitleInTheWindowTitle() throws Exception {
        fixture.open(WindowFixture.SMALL);
        fixture.selectTab("pointsTab"); // a hidden tab's table catches up when shown (decision 0145)
        assertThat(fixture.window.points().table().getItems()).extracting(r -> r.point().id())
                .containsExactly("accelerator-count", "state-funding", "students-lead", "data-vendors");
        assertThat(((Stage) fixture.window.getScene().getWindow()).getTitle()).contains("Small test comparison");
    }
}
