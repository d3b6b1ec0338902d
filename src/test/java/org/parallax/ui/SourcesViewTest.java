package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.QuoteCheck;
import org.parallax.ui.sources.SourcesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sources view: metadata, derivation, attaching the article texts, verification and context. */
@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {
    private static final Path TEXTS = Path.of("src/test/resources/models/small-sources");
    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @BeforeEach
    void open() throws Exception {
        fixture.open(WindowFixture.SMALL);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.tabs().getSelectionModel().select(4));
    }

    private SourcesViewModel sources() {
        return fixture.window.sourcesViewModel();
    }

    private void attachThroughTheMenu(FxRobot robot, Path folder) throws Exception {
        fixture.files.nextFolder = folder;
        robot.clickOn("File").clickOn("#menuAttach");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sources().attachedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsMetadataAndTheDerivationChain() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> sources().selectedProperty().set(sources().sources().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sources().derivation(sources().sources().get(1)))
                .isEqualTo("rewrite of \u201CAlpha Weekly on the chip race\u201D (original)");
        assertThat(fixture.window.lookupAll(".detail-value")).extracting(n -> ((Label) n).getText())
                .contains("Beta Review notes", "Beta Review", "rewrite of \u201CAlpha Weekly on the chip race\u201D (original)");
    }

    @Test
    void attachedTextsVerifyEachQuoteAndShowItInItsParagraph(FxRobot robot) throws Exception {
        assertThat(sources().quotes()).extracting(q -> q.check().status()).containsOnly(QuoteCheck.Status.UNVERIFIABLE);
        attachThroughTheMenu(robot, TEXTS);
        assertThat(sources().quotes()).hasSize(3).extracting(q -> q.check().status())
                .containsOnly(QuoteCheck.Status.VERIFIED);
        assertThat(fixture.store.get("attachedFolder", "")).isEqualTo(TEXTS.toAbsolutePath().toString());
        assertThat(robot.lookup("#attachmentSummary").queryAs(Label.class).getText()).contains("3 of 3 quotes verbatim");

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.sources().quotes().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        var context = fixture.window.sources().context();
        assertThat(context.quoted()).isEqualTo("Labs in Ruritania train on about 2,000 accelerators, one engineer said.");
        // the paragraph before (the heading line) and after are shown too
        assertThat(context.shownText()).startsWith("Alpha Weekly on the chip race.\n\nLabs in Ruritania")
                .endsWith("\n\nIn Freedonia, labs buy their data from vendors and rarely build tools in-house.");
    }

    @Test
    void aQuoteThatDriftedFromItsArticleIsMarkedNotVerbatim(FxRobot robot, @TempDir Path dir) throws Exception {
        for (String name : new String[] {"alpha.txt", "beta.txt", "gamma.txt"}) {
            Files.copy(TEXTS.resolve(name), dir.resolve(name));
        }
        String alpha = Files.readString(dir.resolve("alpha.txt")).replace("2,000", "3,000");
        Files.writeString(dir.resolve("alpha.txt"), alpha);
        attachThroughTheMenu(robot, dir);
        assertThat(sources().quotes().get(0).check().status()).isEqualTo(QuoteCheck.Status.NOT_VERBATIM);
        assertThat(robot.lookup("#attachmentSummary").queryAs(Label.class).getText()).contains("sha256");
        assertThat(fixture.window.sources().quotes().lookupAll(".verification-bad")).isNotEmpty();
    }
}
