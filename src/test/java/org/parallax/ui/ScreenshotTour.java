package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.parallax.ui.diff.DiffTabFactory;
import org.parallax.ui.main.WindowExtensions;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tour that opens the real window on a model and writes PNGs of every tab, light and dark, at one
 * window size (docs/screenshots/). Run under a display (e.g. xvfb-run) with the test classpath:
 * {@code java -cp target/classes:target/test-classes:DEPS org.parallax.ui.ScreenshotTour MODEL SOURCES OUTDIR
 * WIDTHxHEIGHT [POINT]}. Files are named {@code TAB-THEME-WIDTHxHEIGHT.png}.
 */
public final class ScreenshotTour {
    private static final List<String> TABS = List.of("comparisonTab", "pointsTab", "quotesTab", "coverageTab",
            "sourcesTab", "diffTab", "workbenchTab");

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        try {
            tour(args);
        } catch (Exception | Error failed) {
            failed.printStackTrace();
            System.exit(1); // the toolkit's threads would keep a failed tour running
        }
    }

    private static void tour(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        Path texts = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String[] size = args[3].split("x");
        double width = Double.parseDouble(size[0]);
        double height = Double.parseDouble(size[1]);
        String pointId = args.length > 4 ? args[4] : null;
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WindowFixture fixture = new WindowFixture();
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            fixture.show(stage, WindowExtensions.defaults().withDiffTab(DiffTabFactory::create));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(30, TimeUnit.SECONDS);
        fixture.open(model);
        var window = fixture.window;
        var explorer = fixture.explorer();
        fx(() -> window.sourcesViewModel().attach(texts));
        Thread.sleep(1500);
        fx(() -> explorer.points().stream().filter(p -> pointId == null || p.point().id().equals(pointId))
                .findFirst().ifPresent(explorer.selectedPointProperty()::set));
        fx(() -> explorer.selection().addAll(explorer.quotes().subList(0, Math.min(3, explorer.quotes().size()))));
        for (boolean dark : new boolean[] {false, true}) {
            fx(() -> window.viewModel().darkThemeProperty().set(dark));
            for (String tab : TABS) {
                fixture.selectTab(tab);
                if (tab.equals("sourcesTab")) {
                    fx(() -> window.sources().quotes().getSelectionModel().select(0));
                }
                if (tab.equals("workbenchTab") && !dark) {
                    workbench(window, explorer);
                }
                if (tab.equals("diffTab")) {
                    Thread.sleep(1500); // the comparison runs as a background task
                }
                shot(fixture, out.resolve(tab.replace("Tab", "") + "-" + (dark ? "dark" : "light") + "-"
                        + args[3] + ".png"));
            }
            String suffix = "-" + (dark ? "dark" : "light") + "-" + args[3] + ".png";
            fx(window::showShortcuts);
            Thread.sleep(600);
            windowShot(window.shortcutsStage(), out.resolve("shortcuts" + suffix));
            fx(() -> window.shortcutsStage().close());
            var problems = new org.parallax.io.ModelLoader().load(Path.of("src/test/resources/models/five-problems.json"))
                    .problems();
            javafx.application.Platform.runLater(() -> new org.parallax.ui.common.FxDialogService(
                    () -> window.getScene().getWindow()).showProblems("Cannot open model",
                    "five-problems.json has " + problems.size() + " problems. The model already open stays open.",
                    problems));
            Thread.sleep(1000);
            javafx.stage.Window dialog = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                    .findFirst().orElseThrow();
            windowShot(dialog, out.resolve("problems" + suffix));
            fx(() -> ((javafx.stage.Stage) dialog).close());
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * The Workbench tab at work: the selected point's first quote opened in its article (as "Open in article" does),
     * the points proposed for that article, and the first proposal selected, its evidence marked on both sides.
     */
    @SuppressWarnings("unchecked")
    private static void workbench(org.parallax.ui.main.MainWindow window,
                                  org.parallax.ui.explorer.ExplorerViewModel explorer) throws Exception {
        var workbench = window.workbench().viewModel();
        fx(() -> {
            var framing = explorer.selectedPointProperty().get().point().framings().get(0);
            var quote = framing.quotes().get(0);
            org.parallax.ui.common.OpenInArticleEvent.fire(window.framing(), framing.source(), quote.start(),
                    quote.end());
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.busyProperty().get());
        fx(() -> ((javafx.scene.control.Button) window.lookup("#workbenchPropose")).fire());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !workbench.busyProperty().get());
        fx(() -> {
            var queue = (javafx.scene.control.ListView<Object>) window.lookup("#reviewQueue");
            for (int i = 0; i < queue.getItems().size(); i++) {
                if (!queue.getItems().get(i).toString().contains("proposal=null")) {
                    queue.getSelectionModel().select(i);
                    queue.scrollTo(i);
                    break;
                }
            }
        });
    }

    private static void windowShot(javafx.stage.Window window, Path png) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        System.err.println("wrote " + png);
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
