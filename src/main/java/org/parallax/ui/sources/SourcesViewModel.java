package org.parallax.ui.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Model;
import org.parallax.model.Source;
import org.parallax.ui.explorer.ExplorerViewModel;

/** The sources view: the model's sources, the selected one's metadata and derivation chain. */
public final class SourcesViewModel {
    private final ExplorerViewModel explorer;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> selected = new SimpleObjectProperty<>();

    public SourcesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.snapshotProperty().addListener((o, before, now) -> {
            sources.setAll(now.model().sources());
            selected.set(sources.isEmpty() ? null : sources.get(0));
        });
        sources.setAll(explorer.model().sources());
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObjectProperty<Source> selectedProperty() {
        return selected;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** Label -> value of the source's metadata, in display order; absent fields are left out. */
    public Map<String, String> metadata(Source source) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Title", source.title());
        put(rows, "Author", source.author());
        put(rows, "Publisher", source.publisher());
        rows.put("Kind", source.kind().id());
        put(rows, "Language", source.language());
        put(rows, "Published", source.published() == null ? null : source.published().toString());
        put(rows, "URL", source.url());
        rows.put("Derivation", derivation(source));
        rows.put("Article file", source.file() == null ? "none: the corpus retells this work without containing it"
                : source.file());
        put(rows, "SHA-256", source.sha256());
        int points = 0;
        int quotes = 0;
        for (var point : explorer.model().points()) {
            var framing = point.framingOf(source.id());
            if (framing.isPresent()) {
                points++;
                quotes += framing.get().quotes().size();
            }
        }
        rows.put("Makes", points + " of " + explorer.model().points().size() + " points, with " + quotes + " quotes");
        return rows;
    }

    /** "translation of X, which is original" or "original". */
    public String derivation(Source source) {
        Model model = explorer.model();
        List<String> chain = new ArrayList<>();
        Source at = source;
        chain.add(at.kind().id());
        int guard = 0;
        while (at.derivedFrom() != null && guard++ < 32) {
            String parent = at.derivedFrom();
            Source next = model.source(parent).orElse(null);
            chain.add("of \u201C" + (next == null ? parent : next.title()) + "\u201D");
            if (next == null) {
                break;
            }
            chain.add("(" + next.kind().id() + ")");
            at = next;
        }
        return String.join(" ", chain);
    }

    private static void put(Map<String, String> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.put(label, value);
        }
    }
}
