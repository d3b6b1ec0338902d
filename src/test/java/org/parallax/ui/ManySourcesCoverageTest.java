package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Source;
import org.parallax.ui.common.SourceColumns;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A corpus of more sources than the coverage tables give columns (decision 0067). */
@ExtendWith(ApplicationExtension.class)
class ManySourcesCoverageTest {
    private static final int SOURCES = 60;
    private final WindowFixture fixture = new WindowFixture();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture.show(stage);
    }

    @Test
    void theFirstSourcesGetColumnsUntilSourcesAreChosenAndTheNoteSaysSo() throws Exception {
        fixture.openGenerated(folder.resolve("corpus"), SOURCES, 3);
        fixture.selectTab("coverageTab");
        List<Source> sources = fixture.explorer().model().sources();
        int columns = SourceColumns.LIMIT;

        assertThat(heatColumnIds()).hasSize(columns)
                .containsExactlyElementsOf(sources.subList(0, columns).stream().map(s -> "heat-" + s.id()).toList());
        assertThat(fixture.window.coverage().grid().getColumns()).hasSize(columns + 1);
        Label note = (Label) fixture.window.coverage().lookup("#coverageColumnsNote");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Showing " + columns + " of " + SOURCES + " sources");

        Source last = sources.get(SOURCES - 1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.explorer().applyCriteria(
                fixture.explorer().criteria().withSources(Set.of(last.id()))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(heatColumnIds()).hasSize(columns).contains("heat-" + last.id())
                .doesNotContain("heat-" + sources.get(columns - 1).id());
    }

    @Test
    void thePointsTableHasAsManySourceColumnsAndSaysSo() throws Exception {
        fixture.openGenerated(folder.resolve("corpus"), SOURCES, 3);
        fixture.selectTab("pointsTab");

        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) fixture.window.lookup(
                "#pointsTable");
        assertThat(table.getColumns()).hasSize(SourceColumns.LIMIT + 3); // theme, point, sources, quotes
        Label note = (Label) fixture.window.lookup("#pointsColumnsNote");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Showing " + SourceColumns.LIMIT + " of " + SOURCES + " sources");
    }

    private List<String> heatColumnIds() {
        return fixture.window.coverage().heatMap().getColumns().stream().map(c -> c.getId())
                .filter(id -> id != null && id.startsWith("heat-")).toList();
    }
}
