package org.parallax.ui.workbench;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.beans.value.ObservableValue;
import org.parallax.io.AttachedSources;
import org.parallax.ui.common.OpenInArticleEvent;
import org.parallax.ui.main.MainViewModel;

/**
 * What the workbench adds to the main window (a few lines there): the Workbench tab, File menu items (New comparison,
 * Add article, Save, Save As) and the Edit menu (Undo, Redo) with their shortcuts.
 */
public final class Workbench {
    private final WorkbenchViewModel viewModel;
    private final WorkbenchView view;
    private final VBox forms = new VBox();
    private final BorderPane content = new BorderPane();
    private final Tab tab;
    private Runnable selectTab = () -> { };

    public Workbench(MainViewModel main) {
        viewModel = new WorkbenchViewModel(main);
        view = new WorkbenchView(viewModel);
        forms.setId("workbenchForms");
        content.setTop(forms);
        content.setCenter(view);
        tab = new Tab("Workbench", content);
        tab.setId("workbenchTab");
        tab.setGraphic(new FontIcon(Feather.EDIT_3));
    }

    public Tab tab() {
        return tab;
    }

    /** How to bring the Workbench tab to the front (the window's tab pane selects it). */
    public void setSelectTab(Runnable select) {
        this.selectTab = select;
    }

    /** File menu items, in order, to insert after Open. */
    public List<MenuItem> fileItems() {
        MenuItem newComparison = item("New comparison\u2026", "menuNewComparison", Feather.FILE_PLUS,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::showNewComparison);
        MenuItem addArticle = item("Add article\u2026", "menuAddArticle", Feather.FILE_TEXT, null, this::addArticle);
        MenuItem save = item("Save", "menuSave", Feather.SAVE,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::save);
        MenuItem saveAs = item("Save As\u2026", "menuSaveAs", null,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::saveAs);
        return List.of(newComparison, addArticle, new SeparatorMenuItem(), save, saveAs);
    }

    public Menu editMenu() {
        MenuItem undo = item("Undo", "menuUndo", Feather.ROTATE_CCW,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        MenuItem redo = item("Redo", "menuRedo", Feather.ROTATE_CW,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::redo);
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("menuEdit");
        return edit;
    }

    public void showNewComparison() {
        selectTab.run();
        forms.getChildren().setAll(Forms.newComparison(viewModel, forms.getChildren()::clear));
    }

    public void addArticle() {
        var folder = viewModel.modelFile() == null ? null : viewModel.modelFile().toAbsolutePath().getParent();
        viewModel.services().files().chooseArticleFile(folder).ifPresent(file -> {
            selectTab.run();
            forms.getChildren().setAll(Forms.articleMetadata(viewModel, file, forms.getChildren()::clear));
        });
    }

    /**
     * The one handler of "Open in article" (decision 0158): whichever view fired it, the Workbench tab comes to the
     * front and its reader opens the source at the range.
     */
    public void openInArticle(OpenInArticleEvent event) {
        selectTab.run();
        viewModel.openAt(event.sourceId(), event.start(), event.end());
        event.consume();
    }

    /** Listens on {@code root} (the main window) for "Open in article" from any view inside it. */
    public void handleOpenInArticle(javafx.scene.Node root, ObservableValue<AttachedSources> attachedTexts) {
        viewModel.setAttachedTexts(attachedTexts);
        root.addEventHandler(OpenInArticleEvent.OPEN, this::openInArticle);
    }

    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    public WorkbenchView view() {
        return view;
    }

    private static MenuItem item(String text, String id, Feather icon, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
