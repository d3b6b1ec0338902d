package org.parallax.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
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

/**
 * The workbench's two forms, shown inline above the reader (no modal dialog, so keyboard and tests reach them):
 * a new comparison (title, sides, themes) and an added article's metadata.
 */
final class Forms {
    private Forms() {
    }

    /** Title, sides and themes, each list as comma-separated labels (ids are made from them). */
    static VBox newComparison(WorkbenchViewModel viewModel, Runnable close) {
        TextField title = field("newTitle", "Title of the comparison");
        TextField sides = field("newSides", "Sides, comma-separated (e.g. China, United States)");
        TextField themes = field("newThemes", "Themes, comma-separated (e.g. Talent, Compute)");
        Button create = new Button("Create\u2026");
        create.setId("newCreate");
        create.setDefaultButton(true);
        create.setOnAction(e -> {
            List<Side> sideList = new ArrayList<>();
            for (String label : labels(sides.getText())) {
                sideList.add(new Side(slug(label), label));
            }
            List<Theme> themeList = new ArrayList<>();
            for (String label : labels(themes.getText())) {
                themeList.add(new Theme(slug(label), label, null));
            }
            if (title.getText().isBlank() || sideList.isEmpty()) {
                viewModel.services().dialogs().showError("New comparison", "Give a title and at least one side.");
                return;
            }
            viewModel.newComparison(title.getText().strip(), sideList, themeList);
            close.run();
        });
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> close.run());
        VBox form = new VBox(6, new Label("New comparison"), title, sides, themes, new HBox(6, create, cancel));
        form.setId("newComparisonForm");
        form.getStyleClass().add("workbench-form");
        form.setPadding(new Insets(8));
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
        Button add = new Button("Add article");
        add.setId("articleAdd");
        add.setDefaultButton(true);
        add.setOnAction(e -> {
            SourceDraft draft = new SourceDraft(id.getText(), title.getText(), author.getText(), publisher.getText(),
                    url.getText(), published.getText(), kind.getValue() == null ? null : kind.getValue().id(),
                    derived.getValue() == null || derived.getValue().isBlank() ? null : derived.getValue());
            List<String> problems = draft.check(viewModel.model());
            if (!problems.isEmpty()) {
                viewModel.services().dialogs().showError("Add article", String.join("\n", problems));
                return;
            }
            viewModel.addArticle(file, draft);
            close.run();
        });
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> close.run());
        VBox form = new VBox(6, new Label("Add " + file.getFileName()), grid, new HBox(6, add, cancel));
        form.setId("articleForm");
        form.getStyleClass().add("workbench-form");
        form.setPadding(new Insets(8));
        return form;
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
