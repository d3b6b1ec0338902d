package org.parallax.ui.export;

import org.parallax.io.export.QuotePlaces;
import org.parallax.ui.common.DesktopFileOpener;
import java.util.function.Function;
import javafx.stage.Window;
import org.parallax.io.AtomicFileWriter;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.main.WindowExtensions;

/**
 * Plugs export into the main window's File > Export selected... (Ctrl+E): the ticked quotes of the explorer (or,
 * with none ticked, an offer to export every quote shown) go to the {@link ExportDialog}. The file chooser and
 * task runner come from the window's services; the prompts are replaceable for tests.
 */
public final class ExportExtension implements WindowExtensions.ExportAction {
    private final Function<UiServices, ExportPrompts> prompts;

    public ExportExtension() {
        this(services -> new FxExportPrompts(services.dialogs()));
    }

    public ExportExtension(Function<UiServices, ExportPrompts> prompts) {
        this.prompts = prompts;
    }

    @Override
    public void exportSelected(ExplorerViewModel explorer, UiServices services) {
        exportSelected(explorer, services, QuotePlaces.NONE);
    }

    @Override
    public void exportSelected(ExplorerViewModel explorer, UiServices services, QuotePlaces places) {
        ExportSelectedAction action = new ExportSelectedAction(services.files()::chooseSaveFile,
                prompts.apply(services), services.tasks()::run, new AtomicFileWriter(),
                new PreferencesExportMemory(services.preferences()),
                new DesktopFileOpener(services.tasks(), services.dialogs()), places);
        action.open(focusedWindow(), explorer.model(), explorer.selectedQuotes(), explorer.quotes())
                .ifPresent(dialog -> services.preferences().attachedFolder().ifPresent(dialog::setTextsFolder));
    }

    /** The window the user is in (the dialog's owner), or null. */
    static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }
}
