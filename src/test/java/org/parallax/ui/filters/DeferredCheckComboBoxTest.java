package org.parallax.ui.filters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.common.ThemeService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DeferredCheckComboBoxTest {
    private CheckComboBox<String> plain;
    private DeferredCheckComboBox<String> deferred;
    private DeferredCheckComboBox<String> other;

    @Start
    void start(Stage stage) {
        new ThemeService().apply(false);
        plain = new CheckComboBox<>();
        deferred = new DeferredCheckComboBox<>();
        other = new DeferredCheckComboBox<>();
        for (CheckComboBox<String> box : List.of(plain, deferred, other)) {
            box.getItems().setAll("Compute", "Talent", "Data");
            box.setTitle("All themes");
            box.setPrefWidth(150);
            box.setMinWidth(110);
            box.setMaxWidth(150);
        }
        plain.setId("plain");
        deferred.setId("deferred");
        other.setId("other");
        // the button takes the focus, so no box draws a focus ring
        Button first = new Button("first");
        HBox row = new HBox(8, first, plain, deferred, other);
        row.setAlignment(Pos.CENTER_LEFT);
        stage.setScene(new Scene(row, 600, 80));
        stage.show();
        first.requestFocus();
    }

    @Test
    void closedLooksExactlyLikeTheControlsFxSkinAndBuildsNoListView() throws Exception {
        assertThat(deferred.hasFullSkin()).isFalse();
        assertThat(deferred.lookupAll(".list-view")).isEmpty();
        assertThat(plain.lookupAll(".list-view")).isNotEmpty(); // what the deferral saves
        assertThat(deferred.getLayoutBounds()).isEqualTo(plain.getLayoutBounds());
        assertThat(samePixels(snapshot(deferred), snapshot(plain))).isTrue();
        assertThat(buttonText(deferred)).isEqualTo("All themes");
    }

    @Test
    void checksMadeBeforeTheFullSkinAreKeptAndShownAfterIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            deferred.getCheckModel().check(1);
            deferred.setTitle("Talent");
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttonText(deferred)).isEqualTo("Talent");

        robot.moveTo(deferred);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deferred.hasFullSkin()).isTrue();
        assertThat(deferred.getCheckModel().getCheckedItems()).containsExactly("Talent");
        assertThat(buttonText(deferred)).isEqualTo("Talent");
        assertThat(samePixels(snapshot(deferred), snapshot(other))).isFalse(); // other still says "All themes"
        assertThat(other.hasFullSkin()).isFalse();
    }

    @Test
    void focusOrShowInstallsTheFullSkinAndShowOpensTheList() throws Exception {
        WaitForAsyncUtils.asyncFx(other::requestFocus).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other.hasFullSkin()).isTrue();

        WaitForAsyncUtils.asyncFx(deferred::show).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deferred.hasFullSkin()).isTrue();
        assertThat(deferred.lookupAll(".combo-box").stream().filter(n -> n instanceof ComboBox<?>)
                .map(n -> ((ComboBox<?>) n).isShowing()).toList()).containsExactly(true);
        WaitForAsyncUtils.asyncFx(deferred::hide).get(5, TimeUnit.SECONDS);
    }

    /** The text of the list cell the closed combo box shows (not the cells of its popup list). */
    private static String buttonText(CheckComboBox<?> box) {
        return box.lookupAll(".list-cell").stream().filter(n -> n.getParent() instanceof ComboBox<?>)
                .map(n -> ((ListCell<?>) n).getText()).findFirst().orElseThrow();
    }

    private static Image snapshot(CheckComboBox<?> box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> box.snapshot(null, null)).get(5, TimeUnit.SECONDS);
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
