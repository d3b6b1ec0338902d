package org.parallax.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.io.convert.SourceDraft;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;
import org.parallax.ui.common.TaskRunner;

/**
 * The workbench's two forms, shown inline above the reader (no modal dialog, so keyboard and tests reach them):
 * a new comparison (title, sides, themes) and an added article's metadata. Their first field has the focus, Enter
 * submits, Esc cancels, and an error names its field, marks it and puts the cursor there.
 */
final class Forms {
    private Forms() {
    }

    /** Title, sides and themes, each list as comma-separated labels (ids are made from them). */
    static VBox newComparison(WorkbenchViewModel viewModel, Runnable close) {
        TextField title = field("newTitle", "Title of the comparison");
        TextField sides = field("newSides", "Sides, comma-separated (e.g. China, United States)");
        TextField themes = field("newThemes", "Themes, comma-separated (e.g. Talent, Compute)");
        Label error = error();
        Runnable submit = () -> {
            List<Side> sideList = new ArrayList<>();
            for (String label : labels(sides.getText())) {
                sideList.add(new Side(slug(label), label));
            }
            List<Theme> themeList = new ArrayList<>();
            for (String label : labels(themes.getText())) {
                themeList.add(new Theme(slug(label), label, null));
            }
            if (title.getText().isBlank()) {
                fail(error, title, "Title: give the comparison a title.");
                return;
            }
            if (sideList.isEmpty()) {
                fail(error, sides, "Sides: name at least one side (comma-separated).");
                return;
            }
            viewModel.newComparison(title.getText().strip(), sideList, themeList);
            close.run();
        };
        Button create = button("Create\u2026 (Enter)", "newCreate", submit);
        Button cancel = button("Cancel (Esc)", "newCancel", close);
        VBox form = new VBox(6, new Label("New comparison"), title, sides, themes, error, new HBox(6, create, cancel));
        form.setId("newComparisonForm");
        form.getStyleClass().add("workbench-form");
        form.setPadding(new Insets(8));
        keys(form, submit, close);
        focusWhenShown(title);
        return form;
    }

    /** The metadata of an article about to be added; empty fields are derived (title from the first line, id). */
    static VBox articleMetadata(WorkbenchViewModel viewModel, Path file, Runnable close) {
        TextField id = field("articleId", "id (default: from the title)");
        TextField title = field("articleTitle", "Title (default: the article's first line)");
        TextField author = field("articleAuthor", "Author");
        TextField publisher = field("articlePublisher", "Publisher");
        TextField url = field("articleUrl", "URL");
        TextField published = field("articlePublished", "Published (YYYY-MM-DD)");
        ComboBox<SourceKind> kind = new ComboBox<>();
        kind.setId("articleKind");
        kind.getItems().setAll(SourceKind.values());
        kind.setValue(SourceKind.ORIGINAL);
        ComboBox<String> derived = new ComboBox<>();
        derived.setId("articleDerivedFrom");
        derived.setPromptText("Derived from (optional)");
        derived.getItems().add("");
        derived.getItems().addAll(viewModel.model().sources().stream().map(Source::id).toList());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("Id"), id, new Label("Title"), title);
        grid.addRow(1, new Label("Author"), author, new Label("Publisher"), publisher);
        grid.addRow(2, new Label("URL"), url, new Label("Published"), published);
        grid.addRow(3, new Label("Kind"), kind, new Label("Derived from"), derived);
        Label error = error();
        Runnable submit = () -> {
            SourceDraft draft = new SourceDraft(id.getText(), title.getText(), author.getText(), publisher.getText(),
                    url.getText(), published.getText(), kind.getValue() == null ? null : kind.getValue().id(),
                    derived.getValue() == null || derived.getValue().isBlank() ? null : derived.getValue());
            List<String> problems = draft.check(viewModel.model());
            if (!problems.isEmpty()) {
                // each problem starts with its field's name: the first one's field gets the focus
                String first = problems.get(0);
                Control field = first.startsWith("id ") ? id : first.startsWith("published ") ? published
                        : first.startsWith("kind ") ? kind : first.startsWith("derived from") ? derived : id;
                fail(error, field, String.join("\n", problems));
                return;
            }
            viewModel.addArticle(file, draft);
            close.run();
        };
        Button add = button("Add article (Enter)", "articleAdd", submit);
        Button cancel = button("Cancel (Esc)", "articleCancel", close);
        VBox form = new VBox(6, new Label("Add " + file.getFileName()), grid, error, new HBox(6, add, cancel));
        form.setId("articleForm");
        form.getStyleClass().add("workbench-form");
        form.setPadding(new Insets(8));
        keys(form, submit, close);
        focusWhenShown(id);
        return form;
    }

    /**
     * The keys every workbench form answers (decision 0125): Enter submits, Esc cancels, wherever the focus is in the
     * form, except while a drop-down of the form is open (there Enter and Esc are the list's).
     */
    static void keys(Node form, Runnable submit, Runnable cancel) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getTarget() instanceof ComboBoxBase<?> combo && combo.isShowing()) {
                return;
            }
            if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown() && !key.isAltDown()) {
                if (key.getTarget() instanceof Button button) {
                    button.fire(); // Enter on a focused button is that button (Cancel cancels)
                } else {
                    submit.run();
                }
                key.consume();
            } else if (key.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                key.consume();
            }
        });
    }

    /** Focuses {@code first} once it is in a scene (the form has just been shown). */
    static void focusWhenShown(Control first) {
        if (first.getScene() != null) {
            first.requestFocus();
            return;
        }
        first.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene before, javafx.scene.Scene now) {
                if (now != null) {
                    first.sceneProperty().removeListener(this);
                    TaskRunner.later(first::requestFocus);
                }
            }
        });
    }

    /** Shows {@code message} (it names the field) under the form, marks the field and puts the cursor there. */
    static void fail(Label error, Node field, String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        field.requestFocus();
        javafx.beans.InvalidationListener clear = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                o.removeListener(this);
            }
        };
        if (field instanceof TextField text) {
            text.textProperty().addListener(clear);
        } else if (field instanceof ComboBoxBase<?> combo) {
            combo.valueProperty().addListener(clear);
        }
    }

    static Label error() {
        Label error = new Label();
        error.setId("formError");
        error.setWrapText(true);
        error.getStyleClass().addAll("form-error", Styles.DANGER);
        error.setVisible(false);
        error.setManaged(false);
        return error;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static List<String> labels(String text) {
        List<String> labels = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (!part.isBlank()) {
                labels.add(part.strip());
            }
        }
        return labels;
    }

    static String slug(String label) {
        String slug = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
