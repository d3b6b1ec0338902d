package org.parallax.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;
import org.parallax.model.Theme;

class EditHistoryTest {
    final Model model = new ModelLoader().load(Path.of("src/test/resources/models/small.json")).model();

    @Test
    void undoAndRedoWalkTheEditsAndTrackUnsavedChanges() throws EditRejected {
        EditHistory history = new EditHistory(model);
        assertThat(history.isDirty()).isFalse();
        Model one = history.apply(new StructureEdits.AddTheme(new Theme("one", "One", null)));
        Model two = history.apply(new StructureEdits.SetTitle("Two"));
        assertThat(history.isDirty()).isTrue();
        assertThat(history.undoLabel()).contains("rename the comparison");
        assertThat(history.undo()).isSameAs(one);
        assertThat(history.undo()).isSameAs(model);
        assertThat(history.isDirty()).as("back at the saved model").isFalse();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isSameAs(one);
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        assertThat(history.redo()).isSameAs(two);
        assertThat(history.isDirty()).isTrue();
        history.undo();
        history.apply(new StructureEdits.SetTitle("Three"));
        assertThat(history.canRedo()).as("a new edit clears redo").isFalse();
    }

    @Test
    void aRejectedEditChangesNothing() {
        EditHistory history = new EditHistory(model);
        long revision = history.revision();
        try {
            history.apply(new StructureEdits.RemoveTheme("compute"));
        } catch (EditRejected expected) {
            assertThat(expected.getMessage()).contains("compute");
        }
        assertThat(history.current()).isSameAs(model);
        assertThat(history.revision()).isEqualTo(revision);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void aRestoredAutosaveIsUnsaved() {
        EditHistory history = new EditHistory(model);
        history.reset(model, false);
        assertThat(history.isDirty()).isTrue();
    }
}
