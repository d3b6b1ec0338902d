package org.parallax.ui.diff;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.parallax.analysis.diff.Lexicons;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.framing.FramingAnalyzer;
import org.parallax.io.AttachedSources;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.PointRow;

/**
 * Builds the main window's Diff tab: a {@link DiffView} that follows the explorer's selected point (and clears
 * when another model opens), with the attached article texts. Plugged in through
 * {@code WindowExtensions.withDiffTab(DiffTabFactory::create)}.
 */
public final class DiffTabFactory {
    private DiffTabFactory() {
    }

    public static Node create(ExplorerViewModel explorer, UiServices services, ObservableValue<AttachedSources> texts) {
        // the similarity matrix's lexicons are a few small class-path resources, read once here (decision 0032);
        // the framing analyzer is made on the first comparison's background task (it waits for the encoder)
        DiffViewModel viewModel = new DiffViewModel(FramingAnalyzer::withSharedEncoder,
                new TextComparer(Lexicons.bundled()), services.tasks(), texts);
        DiffView view = new DiffView(viewModel);
        Runnable follow = () -> {
            PointRow row = explorer.selectedPointProperty().get();
            viewModel.show(explorer.model(), row == null ? null : row.point());
        };
        explorer.selectedPointProperty().addListener(observable -> follow.run());
        explorer.snapshotProperty().addListener(observable -> follow.run());
        follow.run();
        view.root().setId("diffView");
        view.root().getProperties().put(DiffViewModel.class, viewModel); // what the tab shows, for tests to read
        return view.root();
    }
}
