package org.parallax.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.Alignment;
import org.parallax.analysis.align.Paragraph;
import org.parallax.analysis.align.Proposal;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.analysis.filter.QuoteRow;
import org.parallax.edit.Autosaver;
import org.parallax.edit.DiskStamp;
import org.parallax.edit.Edit;
import org.parallax.edit.EditHistory;
import org.parallax.edit.EditRejected;
import org.parallax.edit.FramingEdits;
import org.parallax.edit.ModelSaver;
import org.parallax.edit.SourceEdits;
import org.parallax.edit.StructureEdits;
import org.parallax.io.AttachedSources;
import org.parallax.io.SourceText;
import org.parallax.io.convert.ArticleImport;
import org.parallax.io.convert.SourceDraft;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Stance;
import org.parallax.model.Theme;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.UiServices;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.ModelSnapshot;
import org.parallax.ui.explorer.PointRow;
import org.parallax.ui.main.MainViewModel;

/**
 * The workbench's state (docs/workbench.md): the model being edited with undo/redo, its file and what the file was
 * when read, the article open in the reader, the review queue of proposals. Every edit goes through
 * {@link #apply(Edit)} and is shown in every view at once (the explorer gets the new model, its filters and selected
 * point kept). Conversion, alignment, reading articles and saving run as background tasks; the FX thread only
 * applies their results.
 */
public final class WorkbenchViewModel {
    private final MainViewModel main;
    private final ExplorerViewModel explorer;
    private final UiServices services;
    private EditHistory history;
    private Path modelFile;
    private DiskStamp stamp;
    private boolean publishing;
    /** Bumped by every publish: a rebuild finished after a newer edit is not shown. */
    private long publications;
    /** Tasks started by {@link #run} and not yet ended. */
    private int active;
    private volatile Autosaver.Snapshot autosaveSnapshot;
    private final Autosaver autosaver;

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<ArticleTexts.Loaded> article = new SimpleObjectProperty<>();
    private final ObservableList<ProposalRow> queue = FXCollections.observableArrayList();
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private ObservableValue<AttachedSources> attached;
    private Aligner aligner;
    private Model alignerModel;
    private final EvidenceFinder evidence = new StemEvidence();

    public WorkbenchViewModel(MainViewModel main) {
        this.main = main;
        this.explorer = main.explorer();
        this.services = main.services();
        this.history = new EditHistory(explorer.model());
        this.autosaver = new Autosaver(new ModelSaver(), () -> autosaveSnapshot,
                message -> TaskRunner.later(() -> status.set(message)));
        explorer.snapshotProperty().addListener((o, before, now) -> {
            if (!publishing) {
                opened(now.model());
            }
        });
        main.locationProperty().addListener((o, before, now) -> {
            if (!publishing) {
                modelFile = now == null ? null : now.file();
                readStamp();
            }
        });
        modelFile = main.locationProperty().get() == null ? null : main.locationProperty().get().file();
        main.setOpenGuard(this::mayDiscardChanges);
        main.unsavedProperty().bind(dirty);
    }

    /** Starts the autosave (every {@code seconds}); the app does, tests call {@link #autosaveNow()}. */
    public void startAutosave(long seconds) {
        autosaver.start(seconds, TimeUnit.SECONDS);
    }

    public boolean autosaveNow() {
        return autosaver.autosaveNow();
    }

    private void opened(Model model) {
        history = new EditHistory(model);
        queue.clear();
        article.set(null);
        notice.set("");
        aligner = null;
        refreshFlags();
    }

    private void readStamp() {
        Path file = modelFile;
        stamp = null;
        if (file == null) {
            return;
        }
        Task<DiskStamp> task = new Task<>() {
            @Override
            protected DiskStamp call() throws IOException {
                return DiskStamp.of(file);
            }
        };
        task.setOnSucceeded(e -> {
            if (file.equals(modelFile) && !history.isDirty()) {
                stamp = task.getValue();
            }
        });
        services.tasks().run(task);
        offerAutosave(file);
    }

    /** After an open: an autosave newer than the file (a crash left it) is offered back. */
    private void offerAutosave(Path file) {
        Task<Model> task = new Task<>() {
            @Override
            protected Model call() throws IOException {
                if (!ModelSaver.hasNewerAutosave(file)) {
                    return null;
                }
                return new org.parallax.io.ModelLoader().load(ModelSaver.autosaveOf(file)).model();
            }
        };
        task.setOnSucceeded(e -> {
            Model restored = task.getValue();
            if (restored != null && file.equals(modelFile) && !restored.equals(history.current())
                    && services.dialogs().confirm("Restore unsaved changes?", ModelSaver.autosaveOf(file)
                    + " holds changes that were not saved (Parallax closed without saving). Restore them?")) {
                history.reset(restored, false);
                publish();
            }
        });
        services.tasks().run(task);
    }

    // ---- edits ----

    /** Applies an edit; a rejected one shows why and changes nothing. Returns whether it applied. */
    public boolean apply(Edit edit) {
        try {
            history.apply(edit);
        } catch (EditRejected rejected) {
            services.dialogs().showError("Cannot " + edit.label(), rejected.getMessage());
            return false;
        }
        publish();
        status.set("Done: " + edit.label());
        return true;
    }

    public void undo() {
        if (history.canUndo()) {
            String label = history.undoLabel().orElse("");
            history.undo();
            publish();
            status.set("Undone: " + label);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String label = history.redoLabel().orElse("");
            history.redo();
            publish();
            status.set("Redone: " + label);
        }
    }

    /**
     * Shows the current model in every view. The reader and the queue follow at once; the explorer's rows are rebuilt
     * on a background task (a 100,000-quote model takes a while), then shown with the filters, the selected point and
     * the ticked quotes kept where they still apply. A rebuild overtaken by a newer edit is dropped.
     */
    private void publish() {
        Model model = history.current();
        refreshFlags();
        ArticleTexts.Loaded shown = article.get();
        if (shown != null) { // the reader re-marks its quotes
            article.set(null);
            article.set(shown);
        }
        queue.removeIf(row -> !row.isNewPoint() && alreadyQuoted(row));
        long request = ++publications;
        Set<TickKey> ticked = new HashSet<>();
        for (QuoteRow row : explorer.selection().items()) {
            ticked.add(TickKey.of(row));
        }
        Task<Rebuilt> rebuild = new Task<>() {
            @Override
            protected Rebuilt call() {
                ModelSnapshot snapshot = ModelSnapshot.of(model);
                List<QuoteRow> keep = new ArrayList<>();
                if (!ticked.isEmpty()) {
                    for (QuoteRow row : snapshot.quotes()) {
                        if (ticked.contains(TickKey.of(row))) {
                            keep.add(row);
                        }
                    }
                }
                return new Rebuilt(snapshot, keep);
            }
        };
        rebuild.setOnSucceeded(e -> {
            if (request == publications && history.current() == model) {
                showInViews(rebuild.getValue());
            }
        });
        run(rebuild);
    }

    /** A rebuilt snapshot and the rows of it that were ticked before the edit. */
    private record Rebuilt(ModelSnapshot snapshot, List<QuoteRow> ticked) {
    }

    /** What identifies a ticked quote across models: its point, its source and the quote itself. */
    private record TickKey(String pointId, String sourceId, Quote quote) {
        static TickKey of(QuoteRow row) {
            return new TickKey(row.point().id(), row.framing().source(), row.quote());
        }
    }

    private void showInViews(Rebuilt rebuilt) {
        FilterCriteria criteria = explorer.criteria();
        PointRow selected = explorer.selectedPointProperty().get();
        String selectedId = selected == null ? null : selected.point().id();
        publishing = true;
        try {
            explorer.show(rebuilt.snapshot());
            try {
                explorer.applyCriteria(criteria);
            } catch (RuntimeException criteriaNoLongerFit) {
                explorer.applyCriteria(FilterCriteria.NONE);
            }
            if (selectedId != null) {
                explorer.points().stream().filter(row -> row.point().id().equals(selectedId)).findFirst()
                        .ifPresent(row -> explorer.selectedPointProperty().set(row));
            }
            explorer.selection().addAll(rebuilt.ticked());
        } finally {
            publishing = false;
        }
    }

    private void refreshFlags() {
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        autosaveSnapshot = history.isDirty() && modelFile != null
                ? new Autosaver.Snapshot(modelFile, history.current()) : null;
    }

    private boolean alreadyQuoted(ProposalRow row) {
        return history.current().point(row.pointId()).flatMap(p -> p.framingOf(row.sourceId()))
                .map(f -> f.quotes().stream().anyMatch(q -> q.start() == row.quoteStart() && q.end() == row.quoteEnd()))
                .orElse(false);
    }

    public Model model() {
        return history.current();
    }

    // ---- new comparison, add article ----

    /** File > New comparison: a model with a title, sides and themes, saved at once to a file the user picks. */
    public void newComparison(String title, List<Side> sides, List<Theme> themes) {
        if (!mayDiscardChanges()) {
            return;
        }
        Model fresh = new Model(Model.SCHEMA_VERSION, title, sides, themes, List.of(), List.of());
        Optional<Path> file = services.files().chooseSaveFile("New comparison", "comparison.json", "json",
                modelFile == null ? null : modelFile.toAbsolutePath().getParent());
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        Task<DiskStamp> save = new Task<>() {
            @Override
            protected DiskStamp call() throws Exception {
                return new ModelSaver().save(fresh, target, null);
            }
        };
        save.setOnSucceeded(e -> {
            modelFile = target;
            stamp = save.getValue();
            history = new EditHistory(fresh);
            publishing = true;
            try {
                main.relocate(target);
            } finally {
                publishing = false;
            }
            publish();
            queue.clear();
            article.set(null);
            status.set("New comparison saved as " + target);
        });
        save.setOnFailed(e -> services.dialogs().showError("Cannot create the comparison",
                target + ": " + save.getException().getMessage()));
        run(save);
    }

    /** Add article: converts and stores the file (background), adds the source, opens it and proposes points. */
    public void addArticle(Path file, SourceDraft draft) {
        if (modelFile == null) {
            services.dialogs().showError("Add article", "Save the comparison to a file first: its articles are "
                    + "stored in the sources/ folder beside it.");
            return;
        }
        Model model = history.current();
        Path target = modelFile;
        Task<ArticleImport.Imported> task = new Task<>() {
            @Override
            protected ArticleImport.Imported call() throws Exception {
                updateMessage("Converting " + file.getFileName());
                updateProgress(-1, 1);
                return new ArticleImport().importArticle(target, model, file, draft);
            }
        };
        task.setOnSucceeded(e -> {
            ArticleImport.Imported imported = task.getValue();
            if (apply(new SourceEdits.AddSource(imported.source()))) {
                status.set("Added " + imported.source().id() + " (" + imported.format().label() + ")");
                openArticle(imported.source().id(), true);
            }
        });
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            String message = failure instanceof ArticleImport.Refusal refusal
                    ? String.join("\n", refusal.problems()) : file + ": " + failure.getMessage();
            services.dialogs().showError("Cannot add the article", message);
        });
        run(task);
    }

    /** Opens an article in the reader (background read); with {@code propose}, aligns it and fills the queue. */
    public void openArticle(String sourceId, boolean propose) {
        openArticle(sourceId, propose, null);
    }

    private void openArticle(String sourceId, boolean propose, Place at) {
        Model model = history.current();
        Path file = modelFile;
        AttachedSources texts = attached == null ? null : attached.getValue();
        Task<ArticleTexts.Loaded> task = new Task<>() {
            @Override
            protected ArticleTexts.Loaded call() {
                updateMessage("Reading " + sourceId);
                return ArticleTexts.load(file, model, sourceId, texts);
            }
        };
        task.setOnSucceeded(e -> {
            ArticleTexts.Loaded loaded = task.getValue();
            article.set(loaded);
            notice.set(loaded.text() == null ? loaded.problem() : "");
            if (loaded.problem() != null) {
                status.set(loaded.problem());
            }
            if (at != null && loaded.text() != null) {
                place.set(at);
            }
            if (propose && loaded.text() != null) {
                propose(sourceId, loaded.text());
            }
        });
        run(task);
    }

    /**
     * "Open in article" (decision 0158): the source's article in the reader, code points {@code [start, end)}
     * selected and scrolled to; read in the background unless it is the article shown. A source without a text file
     * says so in the notice above the reader.
     */
    public void openAt(String sourceId, int start, int end) {
        ArticleTexts.Loaded shown = article.get();
        Place at = new Place(sourceId, start, end);
        if (shown != null && shown.text() != null && shown.sourceId().equals(sourceId)) {
            notice.set("");
            place.set(null); // the same place asked again still moves the reader there
            place.set(at);
            return;
        }
        openArticle(sourceId, false, at);
    }

    /** Where the reader is asked to go: a range of an article, in code points. */
    public record Place(String sourceId, int start, int end) {
    }

    /** The texts attached in the Sources tab: an article the model's folders lack is read from there. */
    public void setAttachedTexts(ObservableValue<AttachedSources> texts) {
        this.attached = texts;
    }

    /** Aligns the open article against the model (background) and fills the review queue. */
    public void propose(String sourceId, SourceText text) {
        Model model = history.current();
        Path file = modelFile;
        Aligner reusable = model == alignerModel ? aligner : null;
        Task<List<ProposalRow>> task = new Task<>() {
            @Override
            protected List<ProposalRow> call() {
                updateMessage("Proposing points for " + sourceId);
                updateProgress(-1, 1);
                Aligner using = reusable != null ? reusable : AlignerFactory.build(model, file, this::updateMessage,
                        this::updateProgress, this::isCancelled);
                Alignment alignment = using.align(text.text());
                synchronized (WorkbenchViewModel.this) {
                    aligner = using;
                    alignerModel = model;
                }
                return rows(model, sourceId, alignment);
            }
        };
        task.setOnSucceeded(e -> {
            queue.setAll(task.getValue());
            queue.removeIf(row -> !row.isNewPoint() && alreadyQuoted(row));
            status.set(queue.size() + " proposals for " + sourceId);
        });
        run(task);
    }

    private static List<ProposalRow> rows(Model model, String sourceId, Alignment alignment) {
        List<ProposalRow> rows = new ArrayList<>();
        for (Proposal proposal : alignment.proposals()) {
            if (model.point(proposal.pointId()).flatMap(p -> p.framingOf(sourceId)).isPresent()) {
                continue; // the article already makes this point in the model
            }
            QuotePassage.Passage passage = QuotePassage.best(proposal.paragraph(), proposal.evidence());
            rows.add(new ProposalRow(sourceId, proposal.paragraph(), proposal,
                    model.point(proposal.pointId()).map(Point::title).orElse(proposal.pointId()),
                    passage.start(), passage.end(), passage.text()));
        }
        for (Paragraph paragraph : alignment.newPointCandidates()) {
            QuotePassage.Passage passage = QuotePassage.best(paragraph, List.of());
            rows.add(new ProposalRow(sourceId, paragraph, null, "new point?", passage.start(), passage.end(),
                    passage.text()));
        }
        rows.sort(java.util.Comparator.comparingInt((ProposalRow r) -> r.paragraph().index()));
        return rows;
    }

    // ---- review queue ----

    /** Accept: the point's framing of the article gets the passage as a quote, with the stance and certainty given. */
    public boolean accept(ProposalRow row, Stance stance, Certainty certainty) {
        if (row.isNewPoint()) {
            return false;
        }
        boolean done = apply(new FramingEdits.AddQuote(row.pointId(), row.sourceId(),
                new Quote(row.quoteText(), row.quoteStart(), row.quoteEnd(), null), stance, certainty, null));
        if (done) {
            queue.remove(row);
        }
        return done;
    }

    public void reject(ProposalRow row) {
        queue.remove(row);
        status.set("Rejected " + (row.isNewPoint() ? "a new point" : row.pointId()));
    }

    /** Where a proposal's evidence words stand in the paragraph and in its point. */
    EvidenceFinder evidence() {
        Aligner made = aligner;
        return made == null ? evidence : new AlignerEvidence(made);
    }

    /** The stance and certainty most framings of the point have: the proposed default of an accept. */
    public Map.Entry<Stance, Certainty> proposedLabels(String pointId) {
        Map<Stance, Integer> stances = new EnumMap<>(Stance.class);
        Map<Certainty, Integer> certainties = new EnumMap<>(Certainty.class);
        history.current().point(pointId).ifPresent(point -> {
            for (Framing framing : point.framings()) {
                if (framing.stance() != null) {
                    stances.merge(framing.stance(), 1, Integer::sum);
                }
                if (framing.certainty() != null) {
                    certainties.merge(framing.certainty(), 1, Integer::sum);
                }
            }
        });
        Stance stance = stances.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Stance.NEUTRAL);
        Certainty certainty = certainties.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        return new java.util.AbstractMap.SimpleImmutableEntry<>(stance, certainty);
    }

    // ---- coding by selection ----

    /**
     * Quote for point: the selection {@code [start, end)} (code points of the open article, from the reader) becomes
     * a quote of an existing point, or of a new point titled {@code newTitle} under {@code theme}.
     */
    public boolean quoteSelection(int start, int end, String pointId, String newTitle, String theme, String side,
                                  Stance stance, Certainty certainty, String frame) {
        ArticleTexts.Loaded shown = article.get();
        if (shown == null || shown.text() == null) {
            return false;
        }
        if (end <= start) {
            services.dialogs().showError("Quote for point", "Select the words to quote in the article first.");
            return false;
        }
        Quote quote = new Quote(shown.text().slice(start, end), start, end, side);
        if (pointId != null) {
            return apply(new FramingEdits.AddQuote(pointId, shown.sourceId(), quote, stance, certainty, frame));
        }
        String id = newPointId(newTitle);
        Point point = new Point(id, theme, newTitle == null ? "" : newTitle.strip(), Map.of(), List.of());
        return apply(new StructureEdits.Together("quote for a new point " + id, List.of(
                new StructureEdits.AddPoint(point),
                new FramingEdits.AddQuote(id, shown.sourceId(), quote, stance, certainty, frame))));
    }

    String newPointId(String title) {
        String base = (title == null ? "" : title).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40).replaceAll("-[a-z0-9]*$", "");
        }
        if (base.isEmpty()) {
            base = "point";
        }
        String id = base;
        for (int n = 2; history.current().point(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The quotes of the open article, with their point, for the reader's highlights and the quote list. */
    public List<CodedQuote> quotesOfArticle() {
        ArticleTexts.Loaded shown = article.get();
        List<CodedQuote> quotes = new ArrayList<>();
        if (shown == null) {
            return quotes;
        }
        for (Point point : history.current().points()) {
            point.framingOf(shown.sourceId()).ifPresent(framing -> {
                for (int i = 0; i < framing.quotes().size(); i++) {
                    quotes.add(new CodedQuote(point.id(), point.title(), shown.sourceId(), i, framing.quotes().get(i)));
                }
            });
        }
        quotes.sort(java.util.Comparator.comparingInt(q -> q.quote().start()));
        return quotes;
    }

    /** A quote of the open article and the point it is coded for. */
    public record CodedQuote(String pointId, String pointTitle, String sourceId, int index, Quote quote) {
    }

    // ---- files ----

    /** Save (Ctrl+S): to the model's file, noticing a change on disk; without a file, Save As. */
    public void save() {
        if (modelFile == null) {
            saveAs();
            return;
        }
        write(modelFile, stamp == null ? DiskStamp.ABSENT : stamp, false);
    }

    public void saveAs() {
        Optional<Path> file = services.files().chooseSaveFile("Save comparison as",
                modelFile == null ? "comparison.json" : modelFile.getFileName().toString(), "json",
                modelFile == null ? null : modelFile.toAbsolutePath().getParent());
        file.ifPresent(target -> write(target, null, true));
    }

    /** Saves on a background task; true once it succeeded (for the close guard, which waits). */
    private Task<DiskStamp> write(Path target, DiskStamp expected, boolean relocate) {
        Model model = history.current();
        Task<DiskStamp> task = new Task<>() {
            @Override
            protected DiskStamp call() throws Exception {
                updateMessage("Saving " + target.getFileName());
                return new ModelSaver().save(model, target, expected);
            }
        };
        task.setOnSucceeded(e -> {
            stamp = task.getValue();
            if (relocate || !target.equals(modelFile)) {
                modelFile = target;
                publishing = true;
                try {
                    main.relocate(target);
                } finally {
                    publishing = false;
                }
            }
            if (history.current() == model) {
                history.markSaved();
            }
            refreshFlags();
            status.set("Saved " + target);
        });
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            if (failure instanceof ModelSaver.ChangedOnDisk changed) {
                if (services.dialogs().confirm("The file changed on disk", changed.getMessage()
                        + "\n\nOverwrite it with your version? (Its current content is kept as "
                        + ModelSaver.backupOf(target).getFileName() + ".)")) {
                    write(target, null, relocate);
                }
            } else {
                services.dialogs().showError("Cannot save", target + ": " + failure.getMessage());
            }
        });
        run(task);
        return task;
    }

    /**
     * The guard before closing or opening another model: with unsaved changes, asks Save / Don't save / Cancel.
     * Save writes synchronously here (the window is closing; the write is atomic and quick).
     */
    public boolean mayDiscardChanges() {
        if (!history.isDirty()) {
            return true;
        }
        DialogService.SaveChoice choice = services.dialogs().askToSave("Unsaved changes",
                "Save the changes to " + (modelFile == null ? "this comparison" : modelFile.getFileName()) + "?");
        switch (choice) {
            case DISCARD:
                discardAutosave();
                return true;
            case SAVE:
                if (modelFile == null) {
                    return false;
                }
                try {
                    stamp = new ModelSaver().save(history.current(), modelFile, null);
                    history.markSaved();
                    refreshFlags();
                    return true;
                } catch (IOException | ModelSaver.ChangedOnDisk failed) {
                    services.dialogs().showError("Cannot save", modelFile + ": " + failed.getMessage());
                    return false;
                }
            default:
                return false;
        }
    }

    private void discardAutosave() {
        Path file = modelFile;
        if (file != null) {
            try {
                new ModelSaver().discardAutosave(file);
            } catch (IOException ignored) {
                // an autosave left behind is offered again next time; nothing is lost
            }
        }
    }

    /** Runs a task on the window's runner; busy until every task started here has ended. */
    private void run(Task<?> task) {
        active++;
        busy.set(true);
        running.set(task);
        task.stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                active--;
                busy.set(active > 0);
            }
        });
        services.tasks().run(task);
    }

    public void close() {
        autosaver.close();
    }

    // ---- properties ----

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<ArticleTexts.Loaded> articleProperty() {
        return article;
    }

    /** The range "Open in article" asks the reader to select; a new {@link Place} each time. */
    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    /** Why the article asked for cannot be shown (no text file, file missing); empty when it is shown. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<ProposalRow> queue() {
        return queue;
    }

    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    public Path modelFile() {
        return modelFile;
    }

    public UiServices services() {
        return services;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }
}
