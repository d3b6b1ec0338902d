package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.ui.diff.DiffTabFactory;
import org.parallax.ui.framing.FramingView;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 1024x700 and 1920x1080, light and dark, on the bundled model: the filter bar's controls neither
 * overlap nor clip, the framing cards and the diff keep a usable size, and each tab keeps its own divider.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    static final Path BUNDLED = Path.of("data/china-us-ai-labs.json");
    private static final double EPSILON = 0.5;
    private final WindowFixture fixture = new WindowFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.show(stage, WindowExtensions.defaults().withDiffTab(DiffTabFactory::create));
    }

    @AfterEach
    void stop() {
        fixture.tasks.close();
    }

    private void size(double width, double height, boolean dark) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            fixture.window.viewModel().darkThemeProperty().set(dark);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            fixture.window.getScene().getRoot().applyCss();
            fixture.window.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1024, 700, false", "1024, 700, true", "1920, 1080, false", "1920, 1080, true"})
    void noFilterBarControlOverlapsAnotherOrIsClipped(double width, double height, boolean dark) throws Exception {
        fixture.open(BUNDLED);
        // long selections make the boxes as wide as they grow
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.explorer().applyCriteria(FilterCriteria.NONE
                .withThemes(Set.of("talent", "compute", "openness")).withSources(Set.of("nerdheadz-blog",
                        "blockbeats-translation"))));
        size(width, height, dark);
        var bar = fixture.window.filterBar();
        double sceneWidth = fixture.window.getScene().getWidth();
        assertThat(sceneWidth).isCloseTo(width, org.assertj.core.data.Offset.offset(40.0));
        List<Node> controls = bar.getChildren().stream().filter(Node::isVisible).toList();
        assertThat(controls).hasSize(7);
        for (Node control : controls) {
            Region region = (Region) control;
            Bounds bounds = inScene(region);
            assertThat(bounds.getMinX()).as(region.getId() + " starts inside the window").isGreaterThanOrEqualTo(-EPSILON);
            assertThat(bounds.getMaxX()).as(region.getId() + " ends inside the window").isLessThanOrEqualTo(sceneWidth + EPSILON);
            assertThat(region.getWidth()).as(region.getId() + " is not squeezed below its minimum")
                    .isGreaterThanOrEqualTo(region.minWidth(-1) - EPSILON);
            assertThat(region.getHeight()).as(region.getId() + " has its height").isGreaterThanOrEqualTo(region.minHeight(-1) - EPSILON);
            if (region instanceof ButtonBase || region instanceof HBox) {
                assertThat(region.getWidth()).as(region.getId() + " shows its whole label")
                        .isGreaterThanOrEqualTo(region.prefWidth(-1) - EPSILON);
            }
        }
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds a = shrink(inScene(controls.get(i)));
                Bounds b = shrink(inScene(controls.get(j)));
                assertThat(a.intersects(b)).as(controls.get(i).getId() + " overlaps " + controls.get(j).getId()).isFalse();
            }
        }
        // every side toggle shows its whole label ("United States" was drawn over the stance box)
        for (Node toggle : ((HBox) fixture.window.lookup("#sideFilter")).getChildren()) {
            Region region = (Region) toggle;
            assertThat(region.getWidth()).as(region.getId()).isGreaterThanOrEqualTo(region.prefWidth(-1) - EPSILON);
        }
        // the status bar's path is whole
        Region status = (Region) fixture.window.lookup("#statusFile");
        assertThat(status.getWidth()).isGreaterThanOrEqualTo(status.prefWidth(-1) - EPSILON);
        assertThat(inScene(status).getMaxX()).isLessThanOrEqualTo(sceneWidth + EPSILON);
    }

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1024, 700, false", "1920, 1080, true"})
    void theQuotesToolbarShowsItsWholeLabels(double width, double height, boolean dark) throws Exception {
        fixture.open(BUNDLED);
        fixture.selectTab("quotesTab");
        size(width, height, dark);
        for (String id : List.of("#selectAllShown", "#clearSelection", "#selectionCount")) {
            Region region = (Region) fixture.window.lookup(id);
            assertThat(region.getWidth()).as(id + " shows its whole label ('Select all sho...' at 1024 px)")
                    .isGreaterThanOrEqualTo(region.prefWidth(-1) - EPSILON);
        }
    }

    private static Bounds shrink(Bounds bounds) {
        return new javafx.geometry.BoundingBox(bounds.getMinX() + EPSILON, bounds.getMinY() + EPSILON,
                Math.max(0, bounds.getWidth() - 2 * EPSILON), Math.max(0, bounds.getHeight() - 2 * EPSILON));
    }

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1024, 700, false", "1024, 700, true", "1920, 1080, false", "1920, 1080, true"})
    void framingCardsAndTheDiffKeepAUsableSize(double width, double height, boolean dark) throws Exception {
        fixture.open(BUNDLED);
        size(width, height, dark);
        FramingView framing = fixture.window.framing();
        assertThat(framing.getHeight()).isGreaterThanOrEqualTo(169);
        List<Region> cards = new ArrayList<>();
        ((Region) framing.lookup("#framingColumns")).getChildrenUnmodifiable()
                .forEach(card -> cards.add((Region) card));
        assertThat(cards).hasSize(fixture.explorer().model().sources().size());
        for (Region card : cards) {
            assertThat(card.getWidth()).as(card.getId()).isGreaterThanOrEqualTo(FramingView.MIN_CARD_WIDTH - EPSILON);
            assertThat(card.getHeight()).as(card.getId()).isGreaterThanOrEqualTo(100);
        }
        if (width >= 1900) {
            // a wide window's cards share its width instead of leaving a quarter of the panel empty
            double used = cards.stream().mapToDouble(Region::getWidth).sum();
            assertThat(used).isGreaterThan(framing.getWidth() * 0.85);
        }

        fixture.selectTab("diffTab");
        size(width, height, dark);
        Region diff = (Region) fixture.window.tabs().getSelectionModel().getSelectedItem().getContent();
        assertThat(diff.getHeight()).as("the diff's height").isGreaterThanOrEqualTo(height * 0.4);
        assertThat(diff.getWidth()).as("the diff's width").isGreaterThanOrEqualTo(width - 40);
        assertThat(framing.getHeight()).isGreaterThanOrEqualTo(169);
    }

    @Test
    void eachTabKeepsItsOwnDivider() throws Exception {
        fixture.open(WindowFixture.SMALL);
        size(1024, 700, false);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.split().setDividerPositions(0.45));
        fixture.selectTab("diffTab");
        assertThat(fixture.window.splitPosition()).as("the Diff tab keeps its own room").isGreaterThan(0.6);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.split().setDividerPositions(0.62));
        fixture.selectTab("comparisonTab");
        assertThat(fixture.window.splitPosition()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.02));
        fixture.selectTab("diffTab");
        assertThat(fixture.window.splitPosition()).isCloseTo(0.62, org.assertj.core.data.Offset.offset(0.02));
        WaitForAsyncUtils.waitForAsyncFx(5000, stage::close);
        assertThat(fixture.store.get("dividers.mainSplit.comparisonTab", "")).startsWith("0.4");
        assertThat(fixture.store.get("dividers.mainSplit.diffTab", "")).startsWith("0.6");
    }
}
