package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

    @Test
    void coverageSaysNoTextForAFileLessSourceAndSilentOnlyForARead() throws Exception {
        fixture.open(MODEL);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.tabs().getSelectionModel().select(
                fixture.window.tabs().getTabs().stream().filter(t -> "coverageTab".equals(t.getId()))
                        .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> heatMap = fixture.window.coverage().heatMap();
        showColumn(heatMap, "heat-delta-notes");
        List<TableCell<?, ?>> delta = cellsOf(heatMap, "heat-delta-notes");
        assertThat(delta).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.getText()).isEqualTo("no text");
            assertThat(cell.getStyleClass()).contains("heat-no-text").doesNotContain("heat-0");
        });
        // gamma has a text and makes no point of the second theme: that is a blind spot, and says so
        TableCell<?, ?> gammaZero = cellsOf(heatMap, "heat-gamma").stream().filter(c -> c.getIndex() == 1)
                .findFirst().orElseThrow();
        assertThat(gammaZero.getText()).isEqualTo("0 · silent");

        TableView<?> grid = fixture.window.coverage().grid();
        showColumn(grid, "grid-delta-notes");
        assertThat(cellsOf(grid, "grid-delta-notes")).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getAccessibleText()).isEqualTo("no text"));
        assertThat(cellsOf(grid, "grid-gamma")).extracting(TableCell::getAccessibleText).contains("silent")
                .doesNotContain("no text");
    }

    /** Scrolls the column into view and waits until its cells are laid out (a loaded machine can take pulses). */
    private static void showColumn(TableView<?> table, String columnId) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> table.getColumns().stream()
                .filter(c -> columnId.equals(c.getId())).findFirst().ifPresent(c -> scrollTo(table, c)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cellsOf(table, columnId).isEmpty());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrollTo(TableView table, TableColumn column) {
        table.scrollToColumn(column);
    }

    private static List<TableCell<?, ?>> cellsOf(TableView<?> table, String columnId) {
        return table.lookupAll(".table-cell").stream().<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getTableRow() != null && !c.getTableRow().isEmpty()).toList();
    }
}
