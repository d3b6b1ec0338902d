package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: the first click on a filter box that the pointer had not hovered did nothing. Each box is clicked once,
 * the pointer coming from the status bar, and its list must open on that click.
 */
@ExtendWith(ApplicationExtension.class)
class FilterBoxFirstClickTest {
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @Test
    void theFirstClickOnEachFilterBoxOpensItsList(FxRobot robot) throws Exception {
        fixture.open(WindowFixture.SMALL);
        for (String id : List.of("#themeFilter", "#sourceFilter", "#stanceFilter", "#certaintyFilter")) {
            robot.moveTo("#filterCount"); // away from the filter bar: the box was not hovered
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(id);
            WaitForAsyncUtils.waitForFxEvents();
            ComboBoxBase<?> list = robot.lookup(id).queryAs(Node.class).lookupAll(".combo-box-base").stream()
                    .filter(ComboBoxBase.class::isInstance).map(n -> (ComboBoxBase<?>) n).findFirst().orElse(null);
            assertThat(list).as("the inner combo box of %s", id).isNotNull();
            assertThat(list.isShowing()).as("%s opened on the first click", id).isTrue();
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(list.isShowing()).as("%s closed by Escape", id).isFalse();
        }
    }
}
