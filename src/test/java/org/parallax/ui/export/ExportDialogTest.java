package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.analysis.filter.SyntheticModels;
import org.parallax.io.AtomicFileWriter;
import org.parallax.model.Model;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog driven like a user would, headless (Monocle), with the native file chooser substituted. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path folder;

    private final Model model = SyntheticModels.small();
    private final List<QuoteRow> all = QuoteCatalog.of(model).rows();
    private final FakeExportPorts ports = new FakeExportPorts();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("main window stand-in"), 400, 300));
        stage.show();
    }

    private ExportDialogViewModel open(FxRobot robot, List<QuoteRow> selected) {
        ExportSelectedAction action = new ExportSelectedAction(ports, ports, ports, new AtomicFileWriter());
        ExportDialogViewModel[] opened = new ExportDialogViewModel[1];
        robot.interact(() -> opened[0] = action.open(owner, model, selected, all).orElseThrow());
        return opened[0];
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsExactlyTheThreeSelectedQuotes(FxRobot robot) throws Exception {
        // selected in click order, not canonical order: the file must still follow the model's order
        List<QuoteRow> three = List.of(all.get(6), all.get(0), all.get(3));
        ports.chosen = folder.resolve("three.csv");
        ExportDialogViewModel viewModel = open(robot, three);

        assertThat(robot.lookup("#exportCount").queryAs(Label.class).getText()).isEqualTo("3 quotes");
        robot.clickOn("#exportFormat");
        robot.clickOn("CSV");
        robot.clickOn("#exportChoose");
        assertThat(ports.asked).containsExactly("choose quotes.csv .csv");
        assertThat(viewModel.destinationProperty().get()).isEqualTo(ports.chosen);
        // switching the format away and back renames the chosen file's extension with it
        robot.interact(() -> viewModel.formatProperty().set(org.parallax.io.export.ExportFormat.JSON));
        assertThat(viewModel.destinationProperty().get()).isEqualTo(folder.resolve("three.json"));
        robot.interact(() -> viewModel.formatProperty().set(org.parallax.io.export.ExportFormat.CSV));
        Path target = folder.resolve("three.csv");
        assertThat(viewModel.destinationProperty().get()).isEqualTo(target);
        waitFor(() -> robot.lookup("#exportPreview").queryAs(TextArea.class).getText().startsWith("point,"));

        Window dialog = dialogOf(robot);
        assertThat(dialog).isNotNull();
        assertThat(dialog.isShowing()).isTrue();
        robot.clickOn("#exportRun");
        waitFor(() -> viewModel.doneProperty().get());

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(target, StandardCharsets.UTF_8))).getRecords();
        assertThat(records).extracting(r -> r.get("point") + "/" + r.get("source")).containsExactly(
                "accelerator-count/alpha", "students-lead/alpha", "data-vendors/beta");
        assertThat(listFolder()).containsExactly("three.csv");
        assertThat(dialog.isShowing()).as("the dialog closes once the file is written").isFalse();
    }

    private static Window dialogOf(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Export")).findFirst().orElse(null);
    }

    @Test
    void previewFollowsTheFormat(FxRobot robot) throws Exception {
        ExportDialogViewModel viewModel = open(robot, all.subList(0, 2));
        waitFor(() -> viewModel.previewProperty().get().startsWith("# Small test comparison"));
        robot.interact(() -> viewModel.formatProperty().set(org.parallax.io.export.ExportFormat.JSON));
        waitFor(() -> viewModel.previewProperty().get().startsWith("{\n  \"model\": {"));
        assertThat(viewModel.previewProperty().get().split("\n")).hasSize(ExportDialogViewModel.PREVIEW_LINES);
    }

    @Test
    void asksBeforeReplacingAndKeepsTheFileWhenTheUserSaysNo(FxRobot robot) throws Exception {
        Path target = Files.writeString(folder.resolve("quotes.md"), "earlier");
        ports.chosen = target;
        ports.replace = false;
        ExportDialogViewModel viewModel = open(robot, all.subList(0, 1));
        robot.clickOn("#exportChoose");
        robot.clickOn("#exportRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ports.asked).contains("replace quotes.md");
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(Files.readString(target)).isEqualTo("earlier");

        ports.replace = true;
        robot.interact(viewModel::export);
        waitFor(() -> viewModel.doneProperty().get());
        assertThat(Files.readString(target)).startsWith("# Small test comparison");
    }

    @Test
    void aFailedWriteIsReportedAndChangesNothing(FxRobot robot) throws Exception {
        Path target = Files.writeString(folder.resolve("quotes.json"), "earlier");
        ExportDialogViewModel viewModel = new ExportDialogViewModel(model, all, ports, ports, ports,
                new AtomicFileWriter((from, to) -> {
                    throw new IOException("permission denied");
                }));
        robot.interact(() -> {
            viewModel.destinationProperty().set(target);
            viewModel.export();
        });
        waitFor(() -> !ports.errors.isEmpty());
        assertThat(ports.errors.get(0)).contains("permission denied").contains("unchanged");
        assertThat(viewModel.doneProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("Export failed");
        assertThat(Files.readString(target)).isEqualTo("earlier");
        assertThat(listFolder()).containsExactly("quotes.json");
    }

    @Test
    void nothingSelectedOffersEverythingShown(FxRobot robot) {
        ExportSelectedAction action = new ExportSelectedAction(ports, ports, ports, new AtomicFileWriter());
        assertThat(action.chooseRows(List.of(), all.subList(0, 5))).contains(all.subList(0, 5));
        assertThat(ports.asked).containsExactly("export all 5");
        ports.exportAllShown = false;
        assertThat(action.chooseRows(List.of(), all)).isEmpty();
        assertThat(action.chooseRows(List.of(), List.of())).isEmpty();
        assertThat(ports.errors).hasSize(1);
        assertThat(action.chooseRows(List.of(all.get(2)), all)).contains(List.of(all.get(2)));
    }

    private List<String> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void thePathCanBeTypedAndTheFolderIsRememberedAndOffersToOpenTheFile(FxRobot robot) throws Exception {
        Path[] remembered = new Path[1];
        ExportMemory memory = new ExportMemory() {
            @Override
            public java.util.Optional<Path> lastFolder() {
                return java.util.Optional.ofNullable(remembered[0]);
            }

            @Override
            public void remember(Path folderWritten) {
                remembered[0] = folderWritten;
            }
        };
        List<Path> opened = new java.util.ArrayList<>();
        ports.afterExport = ExportPrompts.AfterExport.OPEN_FOLDER;
        ExportSelectedAction action = new ExportSelectedAction(ports, ports, ports, new AtomicFileWriter(), memory,
                opened::add, org.parallax.io.export.QuotePlaces.NONE);
        ExportDialogViewModel[] dialog = new ExportDialogViewModel[1];
        robot.interact(() -> dialog[0] = action.open(owner, model, all.subList(0, 2), all).orElseThrow());

        // typed, not chosen: no file chooser is asked
        Path typed = folder.resolve("typed.md");
        robot.clickOn("#exportDestination").write(typed.toString());
        assertThat(dialog[0].destinationProperty().get()).isEqualTo(typed);
        assertThat(ports.asked).isEmpty();
        robot.clickOn("#exportRun");
        waitFor(() -> dialog[0].doneProperty().get());
        assertThat(Files.readString(typed)).startsWith("# Small test comparison");
        assertThat(ports.told).containsExactly("Exported 2 quotes to typed.md. typed.md");
        assertThat(opened).containsExactly(folder);
        assertThat(remembered[0]).isEqualTo(folder);

        // the next dialog starts in the remembered folder
        robot.interact(() -> dialog[0] = action.open(owner, model, all.subList(0, 1), all).orElseThrow());
        assertThat(dialog[0].destinationProperty().get()).isEqualTo(folder.resolve("quotes.md"));
        assertThat(robot.lookup("#exportDestination").queryAll().stream()
                .map(node -> ((javafx.scene.control.TextField) node).getText()))
                .contains(folder.resolve("quotes.md").toString());
        // a relative name is taken from that folder; a blank one disables Export
        robot.interact(() -> dialog[0].typeDestination("other.csv"));
        assertThat(dialog[0].destinationProperty().get()).isEqualTo(folder.resolve("other.csv"));
        robot.interact(() -> dialog[0].typeDestination("  "));
        assertThat(dialog[0].canExportProperty().get()).isFalse();
    }
}
