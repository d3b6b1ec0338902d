package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.ui.diff.DiffTabFactory;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tour that opens the real window on a model and writes PNGs of its views (docs/screenshots/).
 * Run under a display (e.g. xvfb-run) with the test classpath:
 * {@code java -cp target/classes:target/test-classes:DEPS org.parallax.ui.ScreenshotTour MODEL SOURCES OUTDIR [POINT]}.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        Path texts = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String pointId = args.length > 3 ? args[3] : null;
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WindowFixture fixture = new WindowFixture();
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            fixture.show(stage, WindowExtensions.defaults().withDiffTab(DiffTabFactory::create));
            stage.setWidth(1500);
            stage.setHeight(940);
        }).get(30, TimeUnit.SECONDS);
        fixture.open(model);
        var window = fixture.window;
        var explorer = fixture.explorer();
        fx(() -> explorer.points().stream().filter(p -> pointId == null || p.point().id().equals(pointId))
                .findFirst().ifPresent(explorer.selectedPointProperty()::set));
        shot(fixture, out.resolve("comparison-light.png"));

        fx(() -> window.tabs().getSelectionModel().select(1));
        fx(() -> window.filterBar().searchField().setText("students"));
        shot(fixture, out.resolve("points-search-light.png"));

        fx(() -> window.filterBar().searchField().setText(""));
        fx(() -> window.tabs().getSelectionModel().select(2));
        fx(() -> explorer.applyCriteria(FilterCriteria.NONE.withThemes(Set.of(explorer.model().themes().get(0).id()))));
        fx(() -> explorer.selection().addAll(explorer.quotes().subList(0, Math.min(3, explorer.quotes().size()))));
        shot(fixture, out.resolve("quotes-light.png"));

        fx(() -> explorer.applyCriteria(FilterCriteria.NONE));
        // the theme filter above hid the point, which cleared the selection: select it again for the views below
        fx(() -> explorer.points().stream().filter(p -> pointId == null || p.point().id().equals(pointId))
                .findFirst().ifPresent(explorer.selectedPointProperty()::set));
        fx(() -> window.tabs().getSelectionModel().select(3));
        shot(fixture, out.resolve("coverage-light.png"));

        fx(() -> window.tabs().getSelectionModel().select(4));
        fx(() -> window.sourcesViewModel().attach(texts));
        Thread.sleep(1500);
        fx(() -> window.sources().quotes().getSelectionModel().select(0));
        shot(fixture, out.resolve("sources-light.png"));

        fx(() -> window.tabs().getSelectionModel().select(5));
        Thread.sleep(1500); // the comparison runs as a background task
        shot(fixture, out.resolve("diff-light.png"));

        fx(() -> window.tabs().getSelectionModel().select(0));
        fx(() -> window.viewModel().darkThemeProperty().set(true));
        shot(fixture, out.resolve("comparison-dark.png"));
        fx(() -> window.tabs().getSelectionModel().select(3));
        shot(fixture, out.resolve("coverage-dark.png"));
        Platform.exit();
        System.exit(0);
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shot(WindowFixture fixture, Path png) throws Exception {
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        fixture.snapshot(png);
        System.err.println("wrote " + png);
    }
}
