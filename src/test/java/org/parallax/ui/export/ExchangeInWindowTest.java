package org.parallax.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.analysis.filter.SyntheticModels;
import org.parallax.io.AtomicFileWriter;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.io.export.ExportFormat;
import org.parallax.model.Model;
import org.parallax.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17 in the window: the export dialog writes the new formats, and File > Import REFI-QDA project... imports. */
@ExtendWith(ApplicationExtension.class)
class ExchangeInWindowTest {
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

    @Test
    void theDialogWritesASpreadsheetAndDescribesItInsteadOfAPreview(FxRobot robot) throws Exception {
        ExportSelectedAction action = new ExportSelectedAction(ports, ports, ports, new AtomicFileWriter());
        ExportDialogViewModel[] opened = new ExportDialogViewModel[1];
        robot.interact(() -> opened[0] = action.open(owner, model, List.of(), all).orElseThrow());
        ExportDialogViewModel viewModel = opened[0];
        Path target = folder.resolve("quotes.xlsx");
        robot.interact(() -> {
            viewModel.formatProperty().set(ExportFormat.XLSX);
            viewModel.destinationProperty().set(target);
        });
        assertThat(viewModel.previewProperty().get()).startsWith("An Excel workbook");
        robot.interact(viewModel::export);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.doneProperty().get());
        assertThat(ports.errors).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(target.toFile())) {
            assertThat(book.getSheet("Quotes").getLastRowNum()).isEqualTo(all.size());
            assertThat(book.getSheet("Quotes").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(all.get(0).point().id());
        }
        robot.interact(() -> viewModel.formatProperty().set(ExportFormat.QDPX));
        assertThat(viewModel.previewProperty().get()).contains("attached article texts");
    }

    @Test
    void importingAProjectOpensTheModelAndListsTheProblems(FxRobot robot) throws Exception {
        Path qdpx = folder.resolve("study.qdpx");
        Path root = Path.of(getClass().getResource("/org/parallax/io/exchange/tools/maxqda").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        Files.write(qdpx, bytes.toByteArray());
        Path modelFile = folder.resolve("imported.json");
        ports.chosen = modelFile;
        Dialogs dialogs = new Dialogs();
        List<Path> opened = new ArrayList<>();
        RefiImportAction action = new RefiImportAction(() -> Optional.of(qdpx), ports, dialogs, ports, opened::add);
        robot.interact(action::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty() || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).containsExactly(modelFile);
        assertThat(ports.asked).containsExactly("choose study.json .json");
        assertThat(dialogs.infos).singleElement().asString().contains("5 quotes")
                .contains("839172d1-c414-5256-b017-2b04dfbe656b");
        assertThat(new ModelLoader().load(modelFile).problems()).isEmpty();
        assertThat(folder.resolve("sources")).isDirectory();
    }

    @Test
    void aFileThatIsNotRefiQdaIsAnErrorDialog(FxRobot robot) throws Exception {
        Path text = folder.resolve("notes.qdpx");
        Files.writeString(text, "not a project");
        ports.chosen = folder.resolve("m.json");
        Dialogs dialogs = new Dialogs();
        RefiImportAction action = new RefiImportAction(() -> Optional.of(text), ports, dialogs, ports, path -> { });
        robot.interact(action::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("is not a REFI-QDA file");
        assertThat(folder.resolve("m.json")).doesNotExist();
    }

    private static final class Dialogs implements DialogService {
        final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> infos = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void showProblems(String title, String header, List<Problem> problems) {
            errors.add(header);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInformation(String title, String message) {
            infos.add(message);
        }
    }
}
