package org.parallax.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.io.Problem;

/**
 * A model's problems as the command line prints them ({@code FILE:LINE:COL: KIND at PATH: message}), one per
 * paragraph, in a read-only text area that wraps every line (the "did you mean" part included), grows with its
 * dialog, and can be selected and copied; "Copy all" copies the whole list (decision 0094).
 */
public final class ProblemReport extends VBox {
    private final TextArea text = new TextArea();

    public ProblemReport(List<Problem> problems) {
        super(8);
        setId("problemReport");
        Label count = new Label(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ", as `parallax validate` reports them (select and copy any part):");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        text.setId("problemText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setText(plain(problems));
        text.setPrefRowCount(Math.max(6, Math.min(22, problems.size() * 3)));
        text.setPrefColumnCount(80);
        VBox.setVgrow(text, Priority.ALWAYS);
        Button copy = new Button("Copy all", new FontIcon(Feather.COPY));
        copy.setId("copyProblems");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        HBox actions = new HBox(copy);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(count, text, actions);
        setPrefSize(820, Region.USE_COMPUTED_SIZE);
        setMinSize(360, 200);
    }

    /** The problems as text: one problem a paragraph, in the command line's format. */
    public static String plain(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n\n"));
    }

    public TextArea text() {
        return text;
    }
}
