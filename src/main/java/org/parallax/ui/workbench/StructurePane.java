package org.parallax.ui.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.edit.Edit;
import org.parallax.edit.StructureEdits;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;
import org.parallax.model.Theme;

/**
 * Editing the comparison's frame: sides, themes and points (a point may be made before any article makes it).
 * Pick what to edit, select an entry, change its label (and a point's theme and claims), or remove it.
 */
final class StructurePane extends TitledPane {
    enum Kind { SIDES, THEMES, POINTS }

    private final WorkbenchViewModel viewModel;
    private final ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
    private final ListView<String> entries = new ListView<>();
    private final TextField id = new TextField();
    private final TextField label = new TextField();
    private final ComboBox<String> theme = new ComboBox<>();
    private final TextField claim = new TextField();

    StructurePane(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        setText("Sides, themes and points");
        setId("structurePane");
        setExpanded(false);
        kind.setId("structureKind");
        kind.setValue(Kind.POINTS);
        kind.setOnAction(e -> refresh());
        entries.setId("structureEntries");
        entries.setPrefHeight(140);
        entries.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> fill(now));
        id.setId("structureId");
        id.setPromptText("id (new entries)");
        label.setId("structureLabel");
        label.setPromptText("label / title");
        theme.setId("structureTheme");
        theme.setPromptText("theme (points)");
        claim.setId("structureClaim");
        claim.setPromptText("claims (points): side=claim; side=claim");
        Button add = new Button("Add");
        add.setId("structureAdd");
        add.setOnAction(e -> add());
        Button change = new Button("Change");
        change.setId("structureChange");
        change.setOnAction(e -> change());
        Button remove = new Button("Remove");
        remove.setId("structureRemove");
        remove.setOnAction(e -> remove());
        setContent(new VBox(6, kind, entries, id, label, theme, claim, new HBox(6, add, change, remove)));
        viewModel.explorer().snapshotProperty().addListener((o, before, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Model model = viewModel.model();
        String selected = entries.getSelectionModel().getSelectedItem();
        List<String> ids = switch (kind.getValue()) {
            case SIDES -> model.sides().stream().map(Side::id).toList();
            case THEMES -> model.themes().stream().map(Theme::id).toList();
            case POINTS -> model.points().stream().map(Point::id).toList();
        };
        entries.getItems().setAll(ids);
        theme.getItems().setAll(model.themes().stream().map(Theme::id).toList());
        if (selected != null && ids.contains(selected)) {
            entries.getSelectionModel().select(selected);
        }
    }

    private void fill(String selected) {
        if (selected == null) {
            return;
        }
        Model model = viewModel.model();
        id.setText(selected);
        switch (kind.getValue()) {
            case SIDES -> model.side(selected).ifPresent(s -> label.setText(s.label()));
            case THEMES -> model.theme(selected).ifPresent(t -> label.setText(t.label()));
            case POINTS -> model.point(selected).ifPresent(p -> {
                label.setText(p.title());
                theme.setValue(p.theme());
                StringBuilder claims = new StringBuilder();
                p.claims().forEach((side, text) -> claims.append(claims.length() > 0 ? "; " : "").append(side)
                        .append('=').append(text));
                claim.setText(claims.toString());
            });
        }
    }

    private Map<String, String> claims() {
        Map<String, String> claims = new LinkedHashMap<>();
        for (String part : claim.getText() == null ? new String[0] : claim.getText().split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                claims.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        return claims;
    }

    private void add() {
        String newId = id.getText() == null ? "" : id.getText().strip();
        Edit edit = switch (kind.getValue()) {
            case SIDES -> new StructureEdits.AddSide(new Side(newId, text(label)));
            case THEMES -> new StructureEdits.AddTheme(new Theme(newId, text(label), null));
            case POINTS -> new StructureEdits.AddPoint(new Point(newId, theme.getValue() == null ? "" : theme.getValue(),
                    text(label), claims(), List.of()));
        };
        viewModel.apply(edit);
    }

    private void change() {
        String selected = entries.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        Edit edit = switch (kind.getValue()) {
            case SIDES -> new StructureEdits.RenameSide(selected, text(label));
            case THEMES -> new StructureEdits.UpdateTheme(new Theme(selected, text(label),
                    viewModel.model().theme(selected).map(Theme::description).orElse(null)));
            case POINTS -> new StructureEdits.UpdatePoint(selected, theme.getValue() == null ? "" : theme.getValue(),
                    text(label), claims());
        };
        viewModel.apply(edit);
    }

    private void remove() {
        String selected = entries.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        viewModel.apply(switch (kind.getValue()) {
            case SIDES -> new StructureEdits.RemoveSide(selected);
            case THEMES -> new StructureEdits.RemoveTheme(selected);
            case POINTS -> new StructureEdits.RemovePoint(selected);
        });
    }

    private static String text(TextField field) {
        return field.getText() == null ? "" : field.getText().strip();
    }
}
