package org.parallax.ui.filters;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.model.Certainty;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.Stance;
import org.parallax.model.Theme;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;

/** The filter toolbar's state: the choices the open model offers and the edits that make new criteria. */
public final class FilterViewModel {
    private final ExplorerViewModel explorer;
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<Side> sides = FXCollections.observableArrayList();
    private final StringBinding countText;

    /** A source's one short name, as everywhere in the window. */
    public String sourceName(org.parallax.model.Source source) {
        return explorer.model().shortName(source.id());
    }

    public FilterViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.snapshotProperty().addListener((observable, before, now) -> offer(now));
        offer(explorer.snapshot());
        countText = Bindings.createStringBinding(this::describeCounts, explorer.visiblePointsProperty(),
                explorer.visibleQuotesProperty(), explorer.snapshotProperty());
    }

    /**
     * Offers the model's themes, sources and sides; a list equal to the one offered is left alone, so opening
     * another model with the same ones rebuilds no filter box or side toggle (decision 0145).
     */
    private void offer(ModelSnapshot snapshot) {
        offer(themes, snapshot.model().themes());
        offer(sources, snapshot.model().sources());
        offer(sides, snapshot.model().sides());
    }

    private static <T> void offer(ObservableList<T> offered, List<T> next) {
        if (!offered.equals(next)) {
            offered.setAll(next);
        }
    }

    private String describeCounts() {
        return explorer.visiblePointsProperty().get() + " of " + explorer.totalPoints() + " points, "
                + explorer.visibleQuotesProperty().get() + " of " + explorer.totalQuotes() + " quotes";
    }

    public ObservableList<Theme> themes() {
        return themes;
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObservableList<Side> sides() {
        return sides;
    }

    public StringBinding countTextBinding() {
        return countText;
    }

    public ObjectProperty<FilterCriteria> criteriaProperty() {
        return explorer.criteriaProperty();
    }

    private FilterCriteria current() {
        return explorer.criteria();
    }

    public void setThemes(Collection<String> ids) {
        explorer.applyCriteria(current().withThemes(Set.copyOf(ids)));
    }

    public void setSources(Collection<String> ids) {
        explorer.applyCriteria(current().withSources(Set.copyOf(ids)));
    }

    /** One side, or null for both. */
    public void setSide(String sideId) {
        explorer.applyCriteria(current().withSides(sideId == null ? Set.of() : Set.of(sideId)));
    }

    public void setStances(Collection<Stance> stances) {
        explorer.applyCriteria(current().withStances(Set.copyOf(stances)));
    }

    public void setCertainties(Collection<Certainty> certainties) {
        explorer.applyCriteria(current().withCertainties(Set.copyOf(certainties)));
    }

    public void setQuery(String query) {
        explorer.applyCriteria(current().withQuery(query));
    }

    public void clear() {
        explorer.applyCriteria(FilterCriteria.NONE);
    }

    public boolean isFiltering() {
        return !current().isEmpty();
    }
}
