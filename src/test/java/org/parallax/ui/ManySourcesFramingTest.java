package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Point;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.framing.FramingViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A corpus of many sources (decision 0066): the framing panel gives the sources that make the point a column each
 * and lists the silent ones in one column, instead of a column per source.
 */
@ExtendWith(ApplicationExtension.class)
class ManySourcesFramingTest {
    private static final int SOURCES = 60;
    private final WindowFixture fixture = new WindowFixture();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @Test
    void silentSourcesAreListedInOneColumnAndTheFramingSourcesKeepTheirOwn() throws Exception {
        fixture.openGenerated(folder.resolve("corpus"), SOURCES, 7);
        PointRow row = fixture.explorer().points().get(0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.explorer().selectedPointProperty().set(row));
        WaitForAsyncUtils.waitForFxEvents();

        Point point = row.point();
        Parent panel = fixture.window.framing();
        for (var framing : point.framings()) {
            assertThat(panel.lookup("#framing-" + framing.source())).as(framing.source()).isNotNull();
        }
        int silent = SOURCES - point.framings().size();
        assertThat(silent).isGreaterThan(FramingViewModel.SILENT_COLUMNS);
        assertThat(panel.lookupAll(".framing-column")).as("one column per framing source, one for the silent")
                .hasSize(point.framings().size() + 1);
        Node blindSpots = panel.lookup("#framing-blind-spots");
        assertThat(blindSpots).isNotNull();
        assertThat(blindSpots.lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .contains(silent + " sources do not mention it");
        ListView<?> titles = (ListView<?>) panel.lookup("#framing-blind-spots-list");
        assertThat(titles.getItems()).hasSize(silent);
        var model = fixture.explorer().model();
        String firstSilentName = model.shortName(model.sources().stream()
                .filter(source -> point.framingOf(source.id()).isEmpty()).findFirst().orElseThrow().id());
        assertThat(titles.getItems().get(0)).isEqualTo(firstSilentName); // the one short name shown everywhere
    }
}
