package org.parallax.ui.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.io.AttachedSources;
import org.parallax.io.QuoteCheck;
import org.parallax.io.QuoteContext;
import org.parallax.io.QuoteVerifier;
import org.parallax.io.SourceFolder;
import org.parallax.io.SourceIssue;
import org.parallax.model.Model;
import org.parallax.model.Source;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * The sources view: the model's sources, the selected one's metadata, derivation and quotes, and, once a folder of
 * article texts is attached (remembered between runs), each quote's verification and its paragraph.
 */
public final class SourcesViewModel {
    /** A quote of the selected source with its check against the attached article. */
    public record VerifiedQuote(QuoteRow row, QuoteCheck check) {
    }

    private final ExplorerViewModel explorer;
    private final UiServices services;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> selected = new SimpleObjectProperty<>();
    private final ObservableList<VerifiedQuote> quotes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AttachedSources> attached = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task<?>> attaching = new ReadOnlyObjectWrapper<>();

    public SourcesViewModel(ExplorerViewModel explorer, UiServices services) {
        this.explorer = explorer;
        this.services = services;
        explorer.snapshotProperty().addListener((o, before, now) -> modelChanged(now));
        selected.addListener((o, before, now) -> refreshQuotes());
        attached.addListener((o, before, now) -> refreshQuotes());
        modelChanged(explorer.snapshot());
    }

    private void modelChanged(ModelSnapshot snapshot) {
        attached.set(null);
        sources.setAll(snapshot.model().sources());
        selected.set(sources.isEmpty() ? null : sources.get(0));
        if (!snapshot.isEmpty()) {
            services.preferences().attachedFolder().ifPresent(this::attach);
        }
    }

    /** File > Attach article texts...: asks for a folder and attaches it. */
    public void chooseAndAttach() {
        // start where the texts are likely to be: the folder attached last, else the open model's sources/ folder
        // (or its own folder), so the chooser never opens on nothing
        Path start = services.preferences().attachedFolder().orElseGet(() -> services.preferences().lastModel()
                .map(model -> model.toAbsolutePath().getParent())
                .map(folder -> java.nio.file.Files.isDirectory(folder.resolve("sources")) ? folder.resolve("sources")
                        : folder).orElse(null));
        services.files().chooseFolder("Attach the folder of article texts", start).ifPresent(folder -> {
                    services.preferences().setAttachedFolder(folder);
                    attach(folder);
                });
    }

    /** Reads and checks the folder's articles on a background task. */
    public Task<AttachedSources> attach(Path folder) {
        Model model = explorer.model();
        Task<AttachedSources> task = new Task<>() {
            @Override
            protected AttachedSources call() {
                updateMessage("Reading article texts from " + folder);
                return SourceFolder.attach(folder, model);
            }
        };
        attaching.set(task);
        return services.tasks().task(task)
                .onSuccess(texts -> {
                    if (explorer.model() == model) { // a model opened meanwhile makes this result stale
                        attached.set(texts);
                    }
                })
                .onFailure(failure -> services.dialogs().showError("Cannot attach article texts",
                        folder + ": " + failure.getMessage()))
                .start();
    }

    private void refreshQuotes() {
        Source source = selected.get();
        if (source == null) {
            quotes.clear();
            return;
        }
        AttachedSources texts = attached.get();
        QuoteVerifier verifier = texts == null ? null : new QuoteVerifier(texts);
        List<VerifiedQuote> rows = new ArrayList<>();
        for (QuoteRow row : explorer.snapshot().quotes()) {
            if (row.framing().source().equals(source.id())) {
                QuoteCheck check = verifier == null
                        ? new QuoteCheck(QuoteCheck.Status.UNVERIFIABLE, "no article texts attached", List.of())
                        : verifier.check(source.id(), row.quote());
                rows.add(new VerifiedQuote(row, check));
            }
        }
        quotes.setAll(rows);
    }

    /** The paragraph around a quote, when its article is attached and the offsets fit. */
    public Optional<QuoteContext> context(VerifiedQuote quote) {
        AttachedSources texts = attached.get();
        if (texts == null) {
            return Optional.empty();
        }
        return new QuoteVerifier(texts).context(quote.row().framing().source(), quote.row().quote());
    }

    /** The quote with the paragraphs around it, when its article is attached and its offsets fit. */
    public Optional<org.parallax.ui.common.ContextPassage> passage(VerifiedQuote quote) {
        AttachedSources texts = attached.get();
        if (texts == null || !context(quote).isPresent()) {
            return Optional.empty();
        }
        return texts.text(quote.row().framing().source()).map(text -> org.parallax.ui.common.ContextPassage.of(text,
                quote.row().quote().start(), quote.row().quote().end()));
    }

    /** One line on the attached folder for the selected source. */
    public String attachmentSummary(Source source) {
        AttachedSources texts = attached.get();
        if (texts == null) {
            return "No article texts attached. Use File > Attach article texts\u2026 to verify the quotes.";
        }
        if (!source.hasFile()) {
            return "This source has no article file in the corpus; its quotes cannot be verified.";
        }
        for (SourceIssue issue : texts.issues()) {
            if (source.id().equals(issue.sourceId())) {
                return issue.message();
            }
        }
        long verified = quotes.stream().filter(q -> q.check().isVerified()).count();
        return "Article read from " + texts.folder() + ": " + verified + " of " + quotes.size() + " quotes verbatim.";
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObjectProperty<Source> selectedProperty() {
        return selected;
    }

    public ObservableList<VerifiedQuote> quotes() {
        return quotes;
    }

    public ReadOnlyObjectProperty<AttachedSources> attachedProperty() {
        return attached.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Task<?>> attachingProperty() {
        return attaching.getReadOnlyProperty();
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
        int quoteCount = 0;
        for (var point : explorer.model().points()) {
            var framing = point.framingOf(source.id());
            if (framing.isPresent()) {
                points++;
                quoteCount += framing.get().quotes().size();
            }
        }
        rows.put("Makes", points + " of " + explorer.model().points().size() + " points, with " + quoteCount
                + " quotes");
        return rows;
    }

    /** "translation of “X” (original)", following derivedFrom to the first work. */
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
