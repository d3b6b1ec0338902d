package org.parallax.ui.main;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.parallax.io.AttachedSources;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;

/**
 * The slots other features plug into the main window: the Diff tab's content and the File > Export selected...
 * action. Defaults are placeholders until ui/diff and ui/export provide theirs.
 */
public record WindowExtensions(DiffTab diffTab, ExportAction exportAction) {

    /** Builds the Diff tab's content; it reads the selected point and the model from the explorer. */
    @FunctionalInterface
    public interface DiffTab {
        Node create(ExplorerViewModel explorer, UiServices services, ObservableValue<AttachedSources> texts);
    }

    /** Exports the ticked quotes ({@code explorer.selectedQuotes()}); called by File > Export selected (Ctrl+E). */
    @FunctionalInterface
    public interface ExportAction {
        void exportSelected(ExplorerViewModel explorer, UiServices services);

        /** With the attached article texts' places, so citations can name each quote's paragraph. */
        default void exportSelected(ExplorerViewModel explorer, UiServices services,
                                    org.parallax.io.export.QuotePlaces places) {
            exportSelected(explorer, services);
        }
    }

    public static WindowExtensions defaults() {
        return new WindowExtensions(
                (explorer, services, texts) -> {
                    Label placeholder = new Label("The word diff of two sources on the selected point appears here.");
                    placeholder.setId("diffPlaceholder");
                    placeholder.getStyleClass().add("placeholder");
                    return placeholder;
                },
                (explorer, services) -> services.dialogs().showInformation("Export",
                        explorer.selection().size() + " quotes selected. Export is not available in this build yet."));
    }

    public WindowExtensions withDiffTab(DiffTab tab) {
        return new WindowExtensions(tab, exportAction);
    }

    public WindowExtensions withExportAction(ExportAction action) {
        return new WindowExtensions(diffTab, action);
    }
}
