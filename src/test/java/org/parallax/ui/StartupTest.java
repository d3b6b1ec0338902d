package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ModelLoader;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.common.MemoryPreferencesStore;
import org.parallax.ui.main.MainViewModel;
import org.parallax.ui.main.ModelLocation;
import org.parallax.ui.main.ModelPreload;
import org.parallax.ui.main.StartupModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The startup path: the model loaded since process start is adopted by the window (decision 0063). */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @Test
    void aPreloadThatHasFinishedIsShownAtOnceWithoutATask() throws Exception {
        ModelPreload preload = ModelPreload.start(ModelLocation.of(WindowFixture.SMALL), new ModelLoader());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, preload::isDone);
        MainViewModel viewModel = fixture.window.viewModel();
        // adopted and checked in one FX-thread call: the model is shown before any later pulse or task
        int[] points = new int[1];
        boolean[] loading = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> {
            viewModel.adopt(preload);
            points[0] = fixture.explorer().totalPoints();
            loading[0] = viewModel.loadingProperty().get();
        }).get(10, TimeUnit.SECONDS);
        assertThat(points[0]).isEqualTo(4);
        assertThat(loading[0]).isFalse();
        assertThat(viewModel.locationProperty().get().file()).isEqualTo(WindowFixture.SMALL);
    }

    @Test
    void aPreparedPreloadDoesNothingUntilBegunAndAdoptingItBeginsIt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean loaderMade = new java.util.concurrent.atomic.AtomicBoolean();
        ModelPreload preload = ModelPreload.prepare(ModelLocation.of(WindowFixture.SMALL), () -> {
            loaderMade.set(true);
            return new ModelLoader();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loaderMade).isFalse();
        assertThat(preload.isDone()).isFalse();

        MainViewModel viewModel = fixture.window.viewModel();
        WaitForAsyncUtils.asyncFx(() -> viewModel.adopt(preload)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.explorer().totalPoints() == 4);
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the apply
        assertThat(loaderMade).isTrue();
        assertThat(viewModel.locationProperty().get().file()).isEqualTo(WindowFixture.SMALL);
    }

    @Test
    void onlyAModelFileOverAMegabyteStartsLoadingWithTheProcess(@TempDir Path dir) throws Exception {
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[(int) ModelPreload.EARLY_START_BYTES + 1]);
        Path limit = dir.resolve("limit.json");
        Files.write(limit, new byte[(int) ModelPreload.EARLY_START_BYTES]);
        assertThat(ModelPreload.startsEarly(ModelLocation.of(large))).isTrue();
        assertThat(ModelPreload.startsEarly(ModelLocation.of(limit))).isFalse();
        assertThat(ModelPreload.startsEarly(ModelLocation.of(WindowFixture.SMALL))).isFalse();
        assertThat(ModelPreload.startsEarly(ModelLocation.bundled())).isFalse();
        assertThat(ModelPreload.startsEarly(ModelLocation.of(dir.resolve("missing.json")))).isFalse();
    }

    @Test
    void aPreloadOfABadModelShowsItsProblemsAndKeepsTheOpenModel(@TempDir Path dir) throws Exception {
        fixture.open(WindowFixture.SMALL);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"broken\", \"points\": [}");
        ModelPreload preload = ModelPreload.start(ModelLocation.of(bad), new ModelLoader());
        MainViewModel viewModel = fixture.window.viewModel();
        WaitForAsyncUtils.asyncFx(() -> viewModel.adopt(preload)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fixture.dialogs.problemDialogs.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.problemDialogs.get(0)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.file()).endsWith("bad.json"));
        assertThat(viewModel.locationProperty().get().file()).isEqualTo(WindowFixture.SMALL);
        assertThat(fixture.explorer().totalPoints()).isEqualTo(4);
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void theStartupModelIsTheRequestedOneThenTheLastOneThatStillExists(@TempDir Path dir) throws Exception {
        MemoryPreferencesStore store = new MemoryPreferencesStore();
        AppPreferences preferences = new AppPreferences(store);
        Path last = dir.resolve("last.json");
        Files.copy(WindowFixture.SMALL, last);
        preferences.setLastModel(last);
        Path requested = dir.resolve("requested.json");

        assertThat(StartupModel.choose(Optional.of(requested), preferences))
                .contains(ModelLocation.of(requested));
        assertThat(StartupModel.choose(Optional.empty(), preferences))
                .contains(ModelLocation.of(last.toAbsolutePath()));
        Files.delete(last);
        assertThat(StartupModel.choose(Optional.empty(), preferences)).get()
                .matches(where -> !last.toAbsolutePath().equals(where.file()), "not the vanished last model");
    }
}
