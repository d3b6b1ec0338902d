package org.parallax.ui.main;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.comparison.ComparisonView;
import org.parallax.ui.comparison.ComparisonViewModel;
import org.parallax.ui.coverage.CoverageView;
import org.parallax.ui.coverage.CoverageViewModel;
import org.parallax.ui.filters.FilterBar;
import org.parallax.ui.filters.FilterViewModel;
import org.parallax.ui.framing.FramingView;
import org.parallax.ui.framing.FramingViewModel;
import org.parallax.ui.points.PointsView;
import org.parallax.ui.points.PointsViewModel;
import org.parallax.ui.quotes.QuotesView;
import org.parallax.ui.quotes.QuotesViewModel;
import org.parallax.ui.sources.SourcesView;
import org.parallax.ui.sources.SourcesViewModel;

/**
 * The main window's nodes: menus, the filter toolbar, the views in tabs above the framing panel, a status bar.
 * Builds every feature's view from its view-model; keeps window geometry and dividers in the preferences.
 */
public final class MainWindow extends BorderPane {
    public static final String STYLESHEET = "/org/parallax/ui/main/main.css";
    private final MainViewModel viewModel;
    private final WindowExtensions extensions;
    private final FilterBar filterBar;
    private final TabPane tabs = new TabPane();
    private final SplitPane split;
    private final ComparisonView comparison;
    private final LazyTab<PointsView> points;
    private final LazyTab<QuotesView> quotes;
    private final LazyTab<CoverageView> coverage;
    private final LazyTab<SourcesView> sources;
    private final LazyTab<javafx.scene.Node> diff;
    private final SourcesViewModel sourcesViewModel;
    private final FramingView framing;
    private final Menu recentMenu = new Menu("Open recent");
    /** The least height a tab's view keeps above the divider. */
    static final double MIN_VIEW_HEIGHT = 220;
    /** The least height the framing panel keeps below the divider. */
    static final double MIN_FRAMING_HEIGHT = 170;
    private final SplitPositions splitPositions;
    private ShortcutsWindow shortcutsWindow;
    private MenuBar menuBar;
    /** Issue 13: the workbench's tab, File items and Edit menu. */
    private final org.parallax.ui.workbench.Workbench workbench;

    public MainWindow(MainViewModel viewModel, WindowExtensions extensions) {
        this.viewModel = viewModel;
        this.extensions = extensions;
        this.splitPositions = new SplitPositions(viewModel.services().preferences());
        var explorer = viewModel.explorer();
        setId("mainWindow");
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        filterBar = new FilterBar(new FilterViewModel(explorer));
        var comparisonModel = new ComparisonViewModel(explorer);
        comparison = new ComparisonView(comparisonModel);
        // view-models are cheap and eager; each tab's nodes are built on first selection (decision 0053)
        var pointsModel = new PointsViewModel(explorer);
        var quotesModel = new QuotesViewModel(explorer);
        var coverageModel = new CoverageViewModel(explorer);
        sourcesViewModel = new SourcesViewModel(explorer, viewModel.services());
        points = new LazyTab<>("pointsTab", "Points", Feather.LIST, () -> new PointsView(pointsModel));
        quotes = new LazyTab<>("quotesTab", "Quotes", Feather.MESSAGE_SQUARE, () -> new QuotesView(quotesModel));
        coverage = new LazyTab<>("coverageTab", "Coverage", Feather.GRID, () -> {
            CoverageView view = new CoverageView(coverageModel);
            restoreDividers(view.split());
            return view;
        });
        sources = new LazyTab<>("sourcesTab", "Sources", Feather.BOOK_OPEN, () -> {
            SourcesView view = new SourcesView(sourcesViewModel);
            restoreDividers(view.split());
            return view;
        });
        diff = new LazyTab<>("diffTab", "Diff", Feather.GIT_PULL_REQUEST,
                () -> extensions.diffTab().create(explorer, viewModel.services(),
                        sourcesViewModel.attachedProperty()));
        framing = new FramingView(new FramingViewModel(explorer, sourcesViewModel.attachedProperty()));
        workbench = new org.parallax.ui.workbench.Workbench(viewModel);
        workbench.setSelectTab(() -> tabs.getSelectionModel().select(workbench.tab()));
        workbench.handleOpenInArticle(this, sourcesViewModel.attachedProperty());

        tabs.setId("viewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab comparisonTab = new Tab("Comparison", comparison);
        comparisonTab.setId("comparisonTab");
        comparisonTab.setGraphic(new FontIcon(Feather.COLUMNS));
        tabs.getTabs().addAll(comparisonTab, points.tab(), quotes.tab(), coverage.tab(), sources.tab(), diff.tab(),
                workbench.tab());
        // a hidden tab's view waits, and catches up when its tab is selected (decision 0145)
        comparisonModel.showingProperty().bind(comparisonTab.selectedProperty());
        pointsModel.showingProperty().bind(points.tab().selectedProperty());
        quotesModel.showingProperty().bind(quotes.tab().selectedProperty());
        coverageModel.showingProperty().bind(coverage.tab().selectedProperty());
        split = new SplitPane(tabs, framing);
        split.setId("mainSplit");
        split.setOrientation(Orientation.VERTICAL);
        // neither side of the divider collapses to a sliver: a view keeps room for a few rows, the framing panel
        // for a card's heading and first quote
        tabs.setMinHeight(MIN_VIEW_HEIGHT);
        framing.setMinHeight(MIN_FRAMING_HEIGHT);
        split.setDividerPositions(SplitPositions.defaultFor(comparisonTab.getId()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (before != null) {
                splitPositions.remember(before.getId(), split.getDividerPositions()[0]);
            }
            if (now != null) {
                split.setDividerPositions(splitPositions.positionFor(now.getId()));
            }
        });

        StackPane center = new StackPane(split, emptyState());
        VBox top = new VBox(menuBar(), filterBar);
        top.getStyleClass().add("window-top");
        setTop(top);
        setCenter(center);
        setBottom(statusBar());
    }

    private void restoreDividers(SplitPane pane) {
        viewModel.services().preferences().dividers(pane.getId()).ifPresent(pane::setDividerPositions);
    }

    private VBox emptyState() {
        Label message = new Label("No model is open.");
        message.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Open a Parallax model (.json), or drop one onto this window.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button open = new Button("Open model\u2026", new FontIcon(Feather.FOLDER));
        open.setId("emptyOpen");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> viewModel.chooseAndOpen());
        VBox box = new VBox(12, message, hint, open);
        box.setId("emptyState");
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        Runnable update = () -> {
            // a comparison just made (saved, no points or sources yet) is open, not empty
            boolean empty = viewModel.explorer().snapshot().isEmpty() && viewModel.locationProperty().get() == null;
            box.setVisible(empty && !viewModel.loadingProperty().get());
            split.setVisible(!empty);
        };
        viewModel.explorer().snapshotProperty().addListener(o -> update.run());
        viewModel.loadingProperty().addListener(o -> update.run());
        viewModel.locationProperty().addListener(o -> update.run());
        update.run();
        return box;
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open\u2026", "menuOpen", Feather.FOLDER, Shortcuts.OPEN, viewModel::chooseAndOpen);
        recentMenu.setId("menuRecent");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        MenuItem attach = item("Attach article texts\u2026", "menuAttach", Feather.PAPERCLIP, Shortcuts.ATTACH,
                this::attachArticles);
        MenuItem export = item("Export selected\u2026", "menuExport", Feather.DOWNLOAD,
                Shortcuts.EXPORT,
                () -> extensions.exportAction().exportSelected(viewModel.explorer(), viewModel.services(),
                        sourcesViewModel.attachedProperty().get() == null ? org.parallax.io.export.QuotePlaces.NONE
                                : org.parallax.io.export.QuotePlaces.of(sourcesViewModel.attachedProperty().get())));
        MenuItem quit = item("Quit", "menuQuit", null, Shortcuts.QUIT, () -> {
            if (getScene() != null && getScene().getWindow() != null && viewModel.mayClose()) {
                ((Stage) getScene().getWindow()).close();
            }
        });
        // issue 17: a REFI-QDA project from MAXQDA, ATLAS.ti, NVivo or QualCoder becomes a model, then opens
        MenuItem importRefi = item("Import REFI-QDA project\u2026", "menuImportRefi", Feather.UPLOAD, null,
                () -> org.parallax.ui.export.FxRefiFileChooser.forWindow(viewModel.services(), viewModel::open).run());
        Menu file = new Menu("File", null, open, recentMenu, attach, importRefi, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        file.getItems().addAll(3, workbench.fileItems());

        MenuItem find = item("Find", "menuFind", Feather.SEARCH, Shortcuts.FIND, filterBar::focusSearch);
        MenuItem clear = item("Clear filters", "menuClearFilters", Feather.X_CIRCLE, Shortcuts.CLEAR_FILTERS,
                () -> viewModel.explorer().applyCriteria(org.parallax.analysis.filter.FilterCriteria.NONE));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menuDark");
        dark.setAccelerator(Shortcuts.DARK_THEME);
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        Menu tabsMenu = new Menu("Go to");
        for (int i = 0; i < tabs.getTabs().size() && i < Shortcuts.TAB_DIGITS.size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            tabsMenu.getItems().add(item(tab.getText(), "menuTab-" + tab.getId(), null, Shortcuts.tab(i),
                    () -> tabs.getSelectionModel().select(tab)));
        }
        Menu view = new Menu("View", null, find, clear, new SeparatorMenuItem(), tabsMenu, new SeparatorMenuItem(),
                dark);
        MenuItem keys = item("Keyboard shortcuts", "menuShortcuts", Feather.COMMAND, Shortcuts.HELP,
                this::showShortcuts);
        Menu help = new Menu("Help", null, keys);
        MenuBar bar = new MenuBar(file, workbench.editMenu(), view, help);
        menuBar = bar;
        bar.setId("menuBar");
        return bar;
    }

    /** Help > Keyboard shortcuts (F1): the window listing every shortcut, reused while it is open. */
    public void showShortcuts() {
        if (shortcutsWindow == null || !shortcutsWindow.stage().isShowing()) {
            shortcutsWindow = new ShortcutsWindow(getScene() == null ? null : getScene().getWindow(),
                    shortcuts());
        }
        shortcutsWindow.show();
    }

    /** The shortcuts window, once shown (tests read it). */
    public Stage shortcutsStage() {
        return shortcutsWindow == null ? null : shortcutsWindow.stage();
    }

    /**
     * The shortcuts the window lists: {@link Shortcuts#all}, then any menu accelerator it does not name yet (the
     * menus other features add, such as the workbench's), so the list never misses a key the menus bind.
     */
    public List<Shortcuts.Shortcut> shortcuts() {
        List<Shortcuts.Shortcut> all = new java.util.ArrayList<>(
                Shortcuts.all(tabs.getTabs().stream().map(Tab::getText).toList()));
        java.util.Set<String> listed = new java.util.HashSet<>();
        all.forEach(shortcut -> listed.add(shortcut.keys()));
        if (menuBar != null) {
            for (Menu menu : menuBar.getMenus()) {
                addAccelerators(menu, menu.getText(), all, listed);
            }
        }
        return all;
    }

    private static void addAccelerators(Menu menu, String where, List<Shortcuts.Shortcut> all,
                                        java.util.Set<String> listed) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addAccelerators(sub, where, all, listed);
            } else if (item.getAccelerator() != null && listed.add(item.getAccelerator().getDisplayText())) {
                all.add(new Shortcuts.Shortcut(item.getAccelerator().getDisplayText(),
                        item.getText().replace("\u2026", ""), where + " menu"));
            }
        }
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path recent : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(recent.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.open(recent));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void attachArticles() {
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "sourcesTab".equals(t.getId()))
                .findFirst().orElseThrow());
        sourcesViewModel.chooseAndAttach();
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

    private HBox statusBar() {
        Label count = new Label();
        count.setId("filterCount");
        count.getStyleClass().add("filter-count");
        count.textProperty().bind(new FilterViewModel(viewModel.explorer()).countTextBinding());
        Label where = new Label();
        where.setId("statusFile");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.locationProperty().get() == null ? "" : viewModel.locationProperty().get().displayName(),
                viewModel.locationProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        Label message = new Label();
        message.visibleProperty().bind(viewModel.loadingProperty());
        viewModel.runningProperty().addListener((o, before, task) -> {
            progress.progressProperty().unbind();
            message.textProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                message.textProperty().bind(task.messageProperty());
            }
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(10, count, spring, message, progress, where);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Puts this window into the stage: scene, title, keys, drops, remembered geometry. */
    public Scene install(Stage stage) {
        return attach(stage, newScene(this, stage, viewModel.services().preferences()));
    }

    /** Takes over the stage's scene (the startup shell's), keeping its size and place. */
    public Scene install(Stage stage, Scene scene) {
        scene.setRoot(this);
        return attach(stage, scene);
    }

    /** A scene for the window's content at the default size, the stage at its remembered geometry. */
    static Scene newScene(javafx.scene.Parent root, Stage stage, AppPreferences prefs) {
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = org.parallax.ui.common.ThemeService.fill(
                new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight())));
        prefs.windowBounds().ifPresent(b -> {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(Math.max(640, b[2]));
            stage.setHeight(Math.max(480, b[3]));
        });
        stage.setScene(scene);
        return scene;
    }

    private Scene attach(Stage stage, Scene scene) {
        var prefs = viewModel.services().preferences();
        // the scene's fill is the theme's background: no white frame between theme changes, resizes, windows
        scene.setFill(viewModel.darkThemeProperty().get() ? org.parallax.ui.common.ThemeService.DARK_BACKGROUND
                : org.parallax.ui.common.ThemeService.LIGHT_BACKGROUND);
        viewModel.darkThemeProperty().addListener((o, was, dark) -> scene.setFill(dark
                ? org.parallax.ui.common.ThemeService.DARK_BACKGROUND
                : org.parallax.ui.common.ThemeService.LIGHT_BACKGROUND));
        split.setDividerPositions(splitPositions.positionFor(tabs.getSelectionModel().getSelectedItem().getId()));
        stage.titleProperty().bind(viewModel.titleBinding());
        installKeys(scene);
        installDrops(scene);
        stage.setOnCloseRequest(close -> {
            if (!viewModel.mayClose()) {
                close.consume(); // the user kept the unsaved changes
            }
        });
        stage.setOnHiding(e -> {
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            splitPositions.remember(tabs.getSelectionModel().getSelectedItem().getId(), split.getDividerPositions()[0]);
            splitPositions.save();
            // a tab never opened keeps the dividers it was given last time
            coverage.ifBuilt(view -> prefs.setDividers(view.split().getId(), view.split().getDividerPositions()));
            sources.ifBuilt(view -> prefs.setDividers(view.split().getId(), view.split().getDividerPositions()));
        });
        return scene;
    }

    private void installKeys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE && !viewModel.explorer().criteria().query().isEmpty()) {
                filterBar.searchField().clear();
                key.consume();
            }
        });
    }

    private void installDrops(Scene scene) {
        scene.setOnDragOver(drag -> {
            if (drag.getDragboard().hasFiles()) {
                drag.acceptTransferModes(TransferMode.COPY);
            }
            drag.consume();
        });
        scene.setOnDragDropped(drop -> {
            List<Path> files = drop.getDragboard().hasFiles()
                    ? drop.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            drop.setDropCompleted(viewModel.openDropped(files));
            drop.consume();
        });
    }

    /** The main divider's position for the tab shown now (0 top .. 1 bottom). */
    public double splitPosition() {
        return split.getDividerPositions()[0];
    }

    /** The split between the tab's view and the framing panel. */
    public SplitPane split() {
        return split;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public FilterBar filterBar() {
        return filterBar;
    }

    public TabPane tabs() {
        return tabs;
    }

    public ComparisonView comparison() {
        return comparison;
    }

    /** The points view, built now if its tab was never selected. */
    public PointsView points() {
        return points.view();
    }

    /** The quotes view, built now if its tab was never selected. */
    public QuotesView quotes() {
        return quotes.view();
    }

    /** The coverage view, built now if its tab was never selected. */
    public CoverageView coverage() {
        return coverage.view();
    }

    /** The sources view, built now if its tab was never selected. */
    public SourcesView sources() {
        return sources.view();
    }

    public SourcesViewModel sourcesViewModel() {
        return sourcesViewModel;
    }

    public FramingView framing() {
        return framing;
    }

    public org.parallax.ui.workbench.Workbench workbench() {
        return workbench;
    }
}
