package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A source the corpus retells but does not contain is shown as not read, never as a blind spot. */
@ExtendWith(ApplicationExtension.class)
class FileLessSourceTest {
    private static final Path MODEL = Path.of("src/test/resources/models/small-fileless.json");
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @Test
    void theFramingPanelShowsAFileLessSourceAsNotInTheCorpusAndAReadSilentSourceAsABlindSpot() throws Exception {
        fixture.open(MODEL);
        // delta-notes has no file and frames no point, so any point shows its card
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.explorer().selectedPointProperty().set(
                fixture.explorer().points().stream().filter(p -> p.point().framingOf("delta-notes").isEmpty())
                        .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Node delta = fixture.window.framing().lookup("#framing-delta-notes");
        assertThat(delta).isNotNull();
        assertThat(delta.getStyleClass()).contains("not-in-corpus").doesNotContain("blind-spot");
        assertThat(delta.lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .contains("not in the corpus").doesNotContain("not mentioned");
        // the read sources keep their own cards: none of them is marked as not in the corpus
        assertThat(fixture.window.framing().lookupAll(".not-in-corpus")).hasSize(1);
    }
}
