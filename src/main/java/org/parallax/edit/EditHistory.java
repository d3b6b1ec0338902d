package org.parallax.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Model;

/**
 * The model being edited, with undo and redo. Models are immutable, so a step of history is the model before the
 * edit; undoing puts it back exactly (equal, and the same object). Knows whether the current model is the one last
 * saved ({@link #isDirty}), also after undoing back to it. Not thread-safe: the window calls it on its FX thread.
 */
public final class EditHistory {
    /** Kept steps; older ones are dropped (each is a model sharing most of its parts with its neighbours). */
    public static final int LIMIT = 500;

    private record Step(Model before, Model after, String label) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Model current;
    private Model saved;
    private long revision;

    public EditHistory(Model model) {
        this.current = Objects.requireNonNull(model);
        this.saved = model;
    }

    public Model current() {
        return current;
    }

    /** Counts every change of {@link #current()} (edits, undos, redos, replacing): listeners compare it. */
    public long revision() {
        return revision;
    }

    /** Applies the edit; on {@link EditRejected} nothing changes. Clears redo. */
    public Model apply(Edit edit) throws EditRejected {
        Model after = edit.apply(current);
        if (after.equals(current)) {
            return current;
        }
        undo.push(new Step(current, after, edit.label()));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current = after;
        revision++;
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().label());
    }

    public Optional<String> redoLabel() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().label());
    }

    public Model undo() {
        if (!undo.isEmpty()) {
            Step step = undo.pop();
            redo.push(step);
            current = step.before();
            revision++;
        }
        return current;
    }

    public Model redo() {
        if (!redo.isEmpty()) {
            Step step = redo.pop();
            undo.push(step);
            current = step.after();
            revision++;
        }
        return current;
    }

    /** The current model was written to its file. */
    public void markSaved() {
        saved = current;
    }

    public boolean isDirty() {
        return current != saved && !current.equals(saved);
    }

    /** Starts over on another model (opened, or restored from an autosave: then not saved). */
    public void reset(Model model, boolean asSaved) {
        undo.clear();
        redo.clear();
        current = Objects.requireNonNull(model);
        saved = asSaved ? model : null;
        revision++;
    }
}
