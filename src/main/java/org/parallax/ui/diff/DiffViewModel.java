package org.parallax.ui.diff;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.parallax.analysis.diff.FramingSimilarity;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.diff.SimilarityMatrix;
import org.parallax.analysis.diff.SourcePair;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.framing.FramingAnalyzer;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.io.AttachedSources;
import org.parallax.io.SourceText;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Source;
import org.parallax.ui.common.TaskRunner;

/**
 * State of the diff view: the two sources compared (by default the two most different on the selected point),
 * what is compared (their framings of the point, or their whole articles when both texts are attached), the
 * framing comparison laid out as aligned rows, its changes, the selected change (stepped through with
 * {@link #selectNext()} / {@link #selectPrevious()}), the pairwise similarity matrix and a message. Comparisons
 * run in a {@link Task} on the window's {@link TaskRunner}; a result that arrives after the request moved on is
 * dropped.
 */
public final class DiffViewModel {
    private static final Logger LOG = Logger.getLogger(DiffViewModel.class.getName());

    /** What two sources are compared on. */
    public enum Mode {
        POINT("Framings of the point"), ARTICLES("Whole articles");

        private final String title;

        Mode(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final Supplier<FramingAnalyzer> analyzers;
    private final FramingSimilarity framingSimilarity;
    private final TaskRunner tasks;
    private final ObservableValue<AttachedSources> texts;

    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Point> point = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<Source> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObjectProperty<Source> fromSource = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> toSource = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.POINT);
    private final ReadOnlyObjectWrapper<FramingComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DiffRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<FramingChange> changes = FXCollections.observableArrayList();
    private final ObservableList<FramingChange> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ObjectProperty<FramingChange> selectedChange = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SimilarityMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a point to compare its articles.");
    private final ReadOnlyStringWrapper encoderNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** Bumped by every new request, so that a late result of an older one is ignored. */
    private long generation;
    private boolean choosingPair;
    private volatile FramingAnalyzer analyzer;

    /**
     * @param analyzers makes the analyzer on a background thread, once (it may wait for the sentence encoder)
     * @param comparer  the word comparer behind the similarity matrix
     * @param texts     the attached article texts (null value when none are attached)
     */
    public DiffViewModel(Supplier<FramingAnalyzer> analyzers, TextComparer comparer, TaskRunner tasks,
                         ObservableValue<AttachedSources> texts) {
        this.analyzers = analyzers;
        this.framingSimilarity = new FramingSimilarity(comparer);
        this.tasks = tasks;
        this.texts = texts;
        fromSource.addListener((observable, old, now) -> pairChanged());
        toSource.addListener((observable, old, now) -> pairChanged());
        mode.addListener((observable, old, now) -> pairChanged());
        texts.addListener((observable, old, now) -> {
            if (mode.get() == Mode.ARTICLES || point.get() != null) {
                pairChanged(); // the articles' texts refine entity changes and make whole-article mode possible
            }
        });
    }

    /** Shows {@code point} of {@code model}: computes the similarity matrix, then compares the most different pair. */
    public void show(Model newModel, Point newPoint) {
        if (newModel == model.get() && newPoint == point.get() && newModel != null) {
            return; // already shown (or being computed)
        }
        long request = ++generation;
        boolean sameModel = newModel == model.get();
        model.set(newModel);
        point.set(newPoint);
        clearComparison();
        matrix.set(null);
        if (!sameModel) {
            choosingPair = true;
            try {
                sources.setAll(newModel == null ? List.of() : newModel.sources());
                fromSource.set(null);
                toSource.set(null);
            } finally {
                choosingPair = false;
            }
        }
        if (newModel == null || newPoint == null) {
            busy.set(false);
            message.set("Select a point to compare its articles.");
            return;
        }
        if (mode.get() == Mode.ARTICLES && fromSource.get() != null && toSource.get() != null) {
            pairChanged(); // whole articles do not depend on the point
        }
        busy.set(true);
        Task<SimilarityMatrix> task = new Task<>() {
            @Override
            protected SimilarityMatrix call() {
                return framingSimilarity.of(newModel, newPoint);
            }
        };
        task.setOnSucceeded(done -> {
            if (request == generation) {
                matrixReady(task.getValue());
            } else if (newPoint == point.get()) {
                matrix.set(task.getValue());
            }
        });
        task.setOnFailed(failed -> failedWith(request, task.getException()));
        tasks.run(task);
    }

    private void matrixReady(SimilarityMatrix computed) {
        matrix.set(computed);
        Optional<SourcePair> pair = computed.mostDifferentPair();
        if (pair.isPresent()) {
            openPair(pair.get().from(), pair.get().to());
            return;
        }
        busy.set(false);
        Point current = point.get();
        if (computed.size() == 1) {
            String only = computed.sources().get(0);
            Source other = sources.stream().filter(s -> !s.id().equals(only)).findFirst().orElse(null);
            choosePair(source(only), other);
        } else {
            message.set("No article makes the point \u201C" + current.title() + "\u201D.");
        }
    }

    /** Compares {@code fromId} with {@code toId} (a matrix cell, or the default pair). */
    public void openPair(String fromId, String toId) {
        choosePair(source(fromId), source(toId));
    }

    /** Swaps the two sides. */
    public void swap() {
        choosePair(toSource.get(), fromSource.get());
    }

    private void choosePair(Source from, Source to) {
        choosingPair = true;
        try {
            fromSource.set(from);
            toSource.set(to);
        } finally {
            choosingPair = false;
        }
        pairChanged();
    }

    private Source source(String id) {
        Model current = model.get();
        return id == null || current == null ? null : current.source(id).orElse(null);
    }

    private void pairChanged() {
        if (choosingPair) {
            return;
        }
        long request = ++generation;
        clearComparison();
        Source from = fromSource.get();
        Source to = toSource.get();
        if (mode.get() == Mode.ARTICLES) {
            compareArticles(request, from, to);
            return;
        }
        Point current = point.get();
        if (current == null) {
            done("Select a point to compare its articles.");
            return;
        }
        if (from == null || to == null) {
            done("Pick two sources to compare.");
            return;
        }
        Optional<Framing> fromFraming = current.framingOf(from.id());
        Optional<Framing> toFraming = current.framingOf(to.id());
        if (fromFraming.isEmpty() || toFraming.isEmpty()) {
            done(silence(current, fromFraming.isEmpty() ? from : null, toFraming.isEmpty() ? to : null));
            return;
        }
        Passage fromText = Passage.of(fromFraming.get());
        Passage toText = Passage.of(toFraming.get());
        String fromArticle = articleText(from).orElse(null);
        String toArticle = articleText(to).orElse(null);
        run(request, "Comparing\u2026", () -> analyzer().compare(fromText, toText, fromArticle, toArticle));
    }

    private void compareArticles(long request, Source from, Source to) {
        if (from == null || to == null) {
            done("Pick two sources to compare.");
            return;
        }
        Optional<String> fromArticle = articleText(from);
        Optional<String> toArticle = articleText(to);
        if (fromArticle.isEmpty() || toArticle.isEmpty()) {
            Source missing = fromArticle.isEmpty() ? from : to;
            done("The text of \u201C" + missing.title() + "\u201D is not attached: attach the article texts "
                    + "(File > Attach article texts\u2026) to compare whole articles.");
            return;
        }
        String a = fromArticle.get();
        String b = toArticle.get();
        run(request, "Aligning the two articles passage by passage\u2026", () -> analyzer().compare(a, b));
    }

    private Optional<String> articleText(Source source) {
        AttachedSources attached = texts.getValue();
        return attached == null ? Optional.empty() : attached.text(source.id()).map(SourceText::text);
    }

    private void run(long request, String working, Supplier<FramingComparison> work) {
        busy.set(true);
        message.set(working);
        Task<FramingComparison> task = new Task<>() {
            @Override
            protected FramingComparison call() {
                updateMessage(working);
                return work.get();
            }
        };
        task.setOnSucceeded(done -> {
            if (request == generation) {
                comparisonReady(task.getValue());
            }
        });
        task.setOnFailed(failed -> failedWith(request, task.getException()));
        tasks.run(task);
    }

    /** The analyzer, made on first use on a background thread (it waits for the sentence encoder). */
    private FramingAnalyzer analyzer() {
        FramingAnalyzer made = analyzer;
        if (made == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = analyzers.get();
                }
                made = analyzer;
            }
        }
        return made;
    }

    private void done(String text) {
        busy.set(false);
        message.set(text);
    }

    private static String silence(Point point, Source silentFrom, Source silentTo) {
        String where = "the point \u201C" + point.title() + "\u201D";
        if (silentFrom != null && silentTo != null && silentFrom != silentTo) {
            return "Neither \u201C" + silentFrom.title() + "\u201D nor \u201C" + silentTo.title() + "\u201D makes "
                    + where + ": nothing to compare.";
        }
        Source silent = silentFrom != null ? silentFrom : silentTo;
        return "\u201C" + silent.title() + "\u201D is silent on " + where + " (it does not make it): nothing to compare.";
    }

    private void comparisonReady(FramingComparison result) {
        comparison.set(result);
        rows.setAll(DiffRows.of(result));
        changes.setAll(result.changes());
        busy.set(false);
        if (encoderNotice.get().isEmpty()) {
            result.encoderNote().ifPresent(note -> encoderNotice.set("Passages aligned by their words only: " + note + "."));
        }
        int aligned = result.alignment().size();
        int unmatched = result.unmatchedFrom().size() + result.unmatchedTo().size();
        String layout = aligned + " aligned passage" + (aligned == 1 ? "" : "s")
                + (unmatched == 0 ? "" : ", " + unmatched + " only one side has");
        if (result.changes().isEmpty()) {
            message.set("No framing change: " + layout + ". F8 steps through changes when there are any.");
        } else {
            message.set(result.changes().size() + " framing change" + (result.changes().size() == 1 ? "" : "s")
                    + " in " + layout + ". F8 / Shift+F8: next / previous change.");
        }
    }

    private void failedWith(long request, Throwable failure) {
        LOG.log(Level.WARNING, "diff failed", failure);
        if (request == generation) {
            done("Could not compare: " + failure.getMessage());
        }
    }

    private void clearComparison() {
        selectedChange.set(null);
        comparison.set(null);
        rows.clear();
        changes.clear();
    }

    /** Selects the next change (the first when none is selected); false when there is none after it. */
    public boolean selectNext() {
        return step(+1);
    }

    /** Selects the previous change (the last when none is selected); false when there is none before it. */
    public boolean selectPrevious() {
        return step(-1);
    }

    private boolean step(int by) {
        if (changes.isEmpty()) {
            return false;
        }
        int at = changes.indexOf(selectedChange.get());
        int next = at < 0 ? (by > 0 ? 0 : changes.size() - 1) : at + by;
        if (next < 0 || next >= changes.size()) {
            return false;
        }
        selectedChange.set(changes.get(next));
        return true;
    }

    /** The row that holds {@code change}, or -1. */
    public int rowOf(FramingChange change) {
        if (change == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).pairIndex() == change.pairIndex()) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code source} has a framing on the current point. */
    public boolean makesPoint(Source source) {
        Point current = point.get();
        return current != null && source != null && current.framingOf(source.id()).isPresent();
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Point> pointProperty() {
        return point.getReadOnlyProperty();
    }

    public ObservableList<Source> sources() {
        return sourcesView;
    }

    public ObjectProperty<Source> fromSourceProperty() {
        return fromSource;
    }

    public ObjectProperty<Source> toSourceProperty() {
        return toSource;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<FramingComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<DiffRow> rows() {
        return rowsView;
    }

    public ObservableList<FramingChange> changes() {
        return changesView;
    }

    public ObjectProperty<FramingChange> selectedChangeProperty() {
        return selectedChange;
    }

    public ReadOnlyObjectProperty<SimilarityMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Said once: the sentence encoder could not load and passages are aligned by their words. */
    public ReadOnlyStringProperty encoderNoticeProperty() {
        return encoderNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
