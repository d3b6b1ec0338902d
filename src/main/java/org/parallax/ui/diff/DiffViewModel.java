package org.parallax.ui.diff;

import java.util.List;
import java.util.Optional;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.DiffMethod;
import org.parallax.analysis.diff.FramingSimilarity;
import org.parallax.analysis.diff.SimilarityMatrix;
import org.parallax.analysis.diff.SourcePair;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.diff.TextComparer;
import org.parallax.analysis.diff.TextComparison;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Source;
import org.parallax.ui.common.TaskRunner;

/**
 * State of the diff view for one point: the two sources compared (defaulting to the two most different), the
 * comparison, its classified changes, the selected change, the pairwise similarity matrix and a message (a
 * silent source, a coarse diff). Comparisons run in a {@link Task} on the window's {@link TaskRunner} and are
 * applied on the FX thread by the task's own handlers; a result that arrives after the selection moved on is dropped.
 */
public final class DiffViewModel {
    private static final Logger LOG = Logger.getLogger(DiffViewModel.class.getName());

    private final TextComparer comparer;
    private final FramingSimilarity framingSimilarity;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Point> point = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<Source> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObjectProperty<Source> fromSource = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> toSource = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TextComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObservableList<Change> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ObjectProperty<Change> selectedChange = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SimilarityMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a point to compare its articles.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** Bumped by every new request, so that a late result of an older one is ignored. */
    private long generation;
    private boolean choosingPair;

    public DiffViewModel(TextComparer comparer, TaskRunner tasks) {
        this.comparer = comparer;
        this.framingSimilarity = new FramingSimilarity(comparer);
        this.tasks = tasks;
        fromSource.addListener((observable, old, now) -> pairChanged());
        toSource.addListener((observable, old, now) -> pairChanged());
    }

    /** Shows {@code point} of {@code model}: computes the similarity matrix, then diffs the most different pair. */
    public void show(Model newModel, Point newPoint) {
        if (newModel == model.get() && newPoint == point.get() && newModel != null) {
            return; // already shown (or being computed)
        }
        long request = ++generation;
        model.set(newModel);
        point.set(newPoint);
        clearComparison();
        matrix.set(null);
        choosingPair = true;
        try {
            sources.setAll(newModel == null ? List.of() : newModel.sources());
            fromSource.set(null);
            toSource.set(null);
        } finally {
            choosingPair = false;
        }
        if (newModel == null || newPoint == null) {
            message.set("Select a point to compare its articles.");
            return;
        }
        busy.set(true);
        message.set("Comparing\u2026");
        Task<SimilarityMatrix> task = new Task<>() {
            @Override
            protected SimilarityMatrix call() {
                return framingSimilarity.of(newModel, newPoint);
            }
        };
        task.setOnSucceeded(done -> {
            if (request == generation) {
                matrixReady(task.getValue());
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
        Point current = point.get();
        Source from = fromSource.get();
        Source to = toSource.get();
        if (current == null) {
            busy.set(false);
            message.set("Select a point to compare its articles.");
            return;
        }
        if (from == null || to == null) {
            busy.set(false);
            message.set("Pick two sources to compare.");
            return;
        }
        Optional<Framing> fromFraming = current.framingOf(from.id());
        Optional<Framing> toFraming = current.framingOf(to.id());
        if (fromFraming.isEmpty() || toFraming.isEmpty()) {
            busy.set(false);
            message.set(silence(current, fromFraming.isEmpty() ? from : null, toFraming.isEmpty() ? to : null));
            return;
        }
        Passage fromText = Passage.of(fromFraming.get());
        Passage toText = Passage.of(toFraming.get());
        busy.set(true);
        message.set("Comparing\u2026");
        Task<TextComparison> task = new Task<>() {
            @Override
            protected TextComparison call() {
                return comparer.compare(fromText, toText);
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

    private static String silence(Point point, Source silentFrom, Source silentTo) {
        String where = "the point \u201C" + point.title() + "\u201D";
        if (silentFrom != null && silentTo != null && silentFrom != silentTo) {
            return "Neither \u201C" + silentFrom.title() + "\u201D nor \u201C" + silentTo.title() + "\u201D makes "
                    + where + ": nothing to compare.";
        }
        Source silent = silentFrom != null ? silentFrom : silentTo;
        return "\u201C" + silent.title() + "\u201D is silent on " + where + " (it does not make it): nothing to compare.";
    }

    private void comparisonReady(TextComparison result) {
        comparison.set(result);
        changes.setAll(result.changes());
        busy.set(false);
        if (result.diff().method() != DiffMethod.WORD) {
            message.set("Note: " + result.diff().method().description() + ".");
        } else if (result.diff().changes().isEmpty()) {
            message.set("The two framings use the same words.");
        } else {
            message.set(result.changes().size() + " classified change" + (result.changes().size() == 1 ? "" : "s")
                    + " in " + result.diff().changes().size() + " changed passage"
                    + (result.diff().changes().size() == 1 ? "" : "s") + ".");
        }
    }

    private void failedWith(long request, Throwable failure) {
        LOG.log(Level.WARNING, "diff failed", failure);
        if (request == generation) {
            busy.set(false);
            message.set("Could not compare: " + failure.getMessage());
        }
    }

    private void clearComparison() {
        selectedChange.set(null);
        comparison.set(null);
        changes.clear();
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

    public ReadOnlyObjectProperty<TextComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<Change> changes() {
        return changesView;
    }

    public ObjectProperty<Change> selectedChangeProperty() {
        return selectedChange;
    }

    public ReadOnlyObjectProperty<SimilarityMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
