package org.parallax.ui.filters;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.model.Certainty;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Stance;
import org.parallax.model.Theme;
import org.parallax.ui.common.Marks;

/**
 * The always-visible filter toolbar: search, theme, source, side, stance, certainty and "clear filters" (the
 * visible counts sit at the left of the status bar, which is always visible too). The controls flow onto a second
 * row when the window is too narrow for one, so none is ever clipped or drawn over another; each box is as wide
 * as its selection reads (up to {@link #MAX_BOX_WIDTH}), with the whole selection in its tooltip. Controls write criteria through the view-model and follow criteria set elsewhere (a coverage
 * click, "clear filters"); a guard keeps the two directions from echoing.
 */
public final class FilterBar extends FlowPane {
    /** The widest a filter box grows to show its selection; beyond, the tooltip has the rest. */
    static final double MAX_BOX_WIDTH = 320;
    static final double MIN_BOX_WIDTH = 120;
    private final FilterViewModel viewModel;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final CheckComboBox<Theme> themes = new CheckComboBox<>();
    private final CheckComboBox<Source> sources = new CheckComboBox<>();
    private final CheckComboBox<Stance> stances = new CheckComboBox<>();
    private final CheckComboBox<Certainty> certainties = new CheckComboBox<>();
    private final HBox sideToggles = new HBox();
    private final ToggleGroup sideGroup = new ToggleGroup();
    private boolean syncing;

    public FilterBar(FilterViewModel viewModel) {
        super(8, 6);
        this.viewModel = viewModel;
        setId("filterBar");
        getStyleClass().add("filter-bar");
        getStylesheets().add(FilterBar.class.getResource("/org/parallax/ui/filters/filters.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);

        search.setId("searchField");
        // The prompt stays short enough to show whole at the field's width; the tooltip says what is searched.
        search.setPromptText("Search  (Ctrl+F)");
        search.setTooltip(new Tooltip("Search point titles, claims, frames and quote text"
                + " (ignores case and accents). Ctrl+F to focus, Esc to clear."));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefColumnCount(22);
        search.textProperty().addListener((o, before, now) -> {
            if (!syncing) {
                viewModel.setQuery(now);
            }
        });
        search.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                search.clear();
                key.consume();
            }
        });

        setUp(themes, "themeFilter", "All themes", viewModel.themes(), Theme::label,
                checked -> viewModel.setThemes(checked.stream().map(Theme::id).toList()));
        setUp(sources, "sourceFilter", "All sources", viewModel.sources(), viewModel::sourceName, Source::title,
                checked -> viewModel.setSources(checked.stream().map(Source::id).toList()));
        setUp(stances, "stanceFilter", "Any stance", ObservableListOf.of(Stance.values()), Marks::label,
                viewModel::setStances);
        setUp(certainties, "certaintyFilter", "Any certainty", ObservableListOf.of(Certainty.values()),
                Marks::label, viewModel::setCertainties);

        sideToggles.setId("sideFilter");
        sideToggles.getStyleClass().add("side-toggles");
        viewModel.sides().addListener((ListChangeListener<Side>) change -> rebuildSides());
        rebuildSides();
        sideGroup.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null && before != null) { // keep one toggle selected: "both" is the neutral choice
                sideGroup.selectToggle(before);
                return;
            }
            if (!syncing && now != null) {
                viewModel.setSide((String) now.getUserData());
            }
        });

        Button clear = new Button("Clear filters", new FontIcon(Feather.X_CIRCLE));
        clear.setId("clearFilters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> viewModel.clear());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.criteriaProperty().get().isEmpty(),
                viewModel.criteriaProperty()));

        clear.setTooltip(new Tooltip("Show everything again (Ctrl+Shift+X)"));
        search.setPrefWidth(260);
        search.setMinWidth(180);
        for (Region fixed : List.of(sideToggles, clear)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().setAll(search, themes, sources, sideToggles, stances, certainties, clear);
        viewModel.criteriaProperty().addListener((o, before, now) -> follow(now));
    }

    private <T> void setUp(CheckComboBox<T> box, String id, String title, ObservableList<T> items,
                           Function<T, String> name, java.util.function.Consumer<List<T>> onChange) {
        setUp(box, id, title, items, name, null, onChange);
    }

    /** {@code detail}, when given, says more of each checked item in the tooltip (a source's full title). */
    private <T> void setUp(CheckComboBox<T> box, String id, String title, ObservableList<T> items,
                           Function<T, String> name, Function<T, String> detail,
                           java.util.function.Consumer<List<T>> onChange) {
        box.setId(id);
        box.setTitle(title);
        // the title names what is checked ("Compute, Talent"), or says nothing is constrained ("All themes"); the
        // box grows to show it whole (up to MAX_BOX_WIDTH), and its tooltip always says it whole
        Tooltip tip = new Tooltip(title);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        box.setTooltip(tip);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            List<String> names = box.getCheckModel().getCheckedItems().stream()
                    .filter(java.util.Objects::nonNull).map(name).toList();
            box.setTitle(names.isEmpty() ? title : String.join(", ", names));
        });
        box.titleProperty().addListener((o, before, now) -> {
            List<T> checked = box.getCheckModel().getCheckedItems().stream().filter(java.util.Objects::nonNull).toList();
            tip.setText(checked.isEmpty() || detail == null ? now
                    : checked.stream().map(item -> name.apply(item) + ": " + detail.apply(item))
                            .collect(java.util.stream.Collectors.joining("\n")));
            box.setPrefWidth(boxWidth(now));
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        Bindings.bindContent(box.getItems(), items);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (!syncing) {
                onChange.accept(box.getCheckModel().getCheckedItems().stream()
                        .filter(java.util.Objects::nonNull).toList());
            }
        });
        box.setPrefWidth(boxWidth(title));
        box.setMinWidth(MIN_BOX_WIDTH);
        box.setMaxWidth(MAX_BOX_WIDTH);
    }

    /** Wide enough for the title in the default font, plus the cell's padding and the arrow. */
    static double boxWidth(String title) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(title);
        double width = Math.ceil(text.getLayoutBounds().getWidth() * 1.08) + 48;
        return Math.max(MIN_BOX_WIDTH, Math.min(MAX_BOX_WIDTH, width));
    }

    private void rebuildSides() {
        sideToggles.getChildren().clear();
        sideGroup.getToggles().clear();
        sideToggles.getChildren().add(sideToggle("Both sides", null));
        for (Side side : viewModel.sides()) {
            sideToggles.getChildren().add(sideToggle(side.label(), side.id()));
        }
        int last = sideToggles.getChildren().size() - 1;
        for (int i = 0; i <= last; i++) {
            sideToggles.getChildren().get(i).getStyleClass().add(
                    i == 0 ? Styles.LEFT_PILL : i == last ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        }
        syncing = true;
        sideGroup.selectToggle(sideGroup.getToggles().get(0));
        syncing = false;
    }

    private ToggleButton sideToggle(String label, String sideId) {
        ToggleButton toggle = new ToggleButton(label);
        toggle.setUserData(sideId);
        toggle.setToggleGroup(sideGroup);
        toggle.setId(sideId == null ? "side-both" : "side-" + sideId);
        toggle.setTooltip(new Tooltip(sideId == null ? "Quotes about any side" : "Only quotes about " + label));
        return toggle;
    }

    /** Makes the controls show criteria that were set elsewhere. */
    private void follow(FilterCriteria criteria) {
        syncing = true;
        try {
            if (!search.getText().equals(criteria.query())) {
                search.setText(criteria.query());
            }
            check(themes, theme -> criteria.themes().contains(theme.id()));
            check(sources, source -> criteria.sources().contains(source.id()));
            check(stances, criteria.stances()::contains);
            check(certainties, criteria.certainties()::contains);
            Set<String> sides = criteria.sides();
            sideGroup.getToggles().stream()
                    .filter(t -> sides.size() == 1 ? t.getUserData() != null && sides.contains((String) t.getUserData())
                            : t.getUserData() == null)
                    .findFirst().ifPresent(sideGroup::selectToggle);
        } finally {
            syncing = false;
        }
    }

    private static <T> void check(CheckComboBox<T> box, java.util.function.Predicate<T> wanted) {
        for (int i = 0; i < box.getItems().size(); i++) {
            boolean want = wanted.test(box.getItems().get(i));
            if (want != box.getCheckModel().isChecked(i)) {
                if (want) {
                    box.getCheckModel().check(i);
                } else {
                    box.getCheckModel().clearCheck(i);
                }
            }
        }
    }

    public CustomTextField searchField() {
        return search;
    }

    /** Focuses and selects the search text (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Small helper to turn enum constants into an observable list. */
    private static final class ObservableListOf {
        static <T> ObservableList<T> of(T[] values) {
            return javafx.collections.FXCollections.observableArrayList(values);
        }
    }
}
