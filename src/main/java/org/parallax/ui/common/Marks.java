package org.parallax.ui.common;

import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.model.Certainty;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;

/**
 * Labels, icons and style classes for stances, certainties and coverage. Every mark carries a word or an icon
 * shape besides its colour (the CSS colours them through theme variables).
 */
public final class Marks {
    private Marks() {
    }

    public static String label(Stance stance) {
        return stance == null ? "no stance" : stance.id();
    }

    public static String label(Certainty certainty) {
        return certainty == null ? "no certainty" : certainty.id();
    }

    public static String label(SourceKind kind) {
        return kind == null ? "" : kind.id();
    }

    /** A shape per stance: up for advantage, down for constraint, a bar for neutral, both ways for mixed. */
    public static Feather icon(Stance stance) {
        if (stance == null) {
            return Feather.CIRCLE;
        }
        return switch (stance) {
            case ADVANTAGE -> Feather.TRENDING_UP;
            case CONSTRAINT -> Feather.TRENDING_DOWN;
            case NEUTRAL -> Feather.MINUS;
            case MIXED -> Feather.SHUFFLE;
        };
    }

    public static String styleClass(Stance stance) {
        return "stance-" + (stance == null ? "none" : stance.id());
    }

    public static String styleClass(Certainty certainty) {
        return "certainty-" + (certainty == null ? "none" : certainty.id());
    }

    /** Every stance's style class (and that of no stance), for nodes that change stance. */
    public static final String[] STANCE_CLASSES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(Stance.values()).map(Marks::styleClass), java.util.stream.Stream.of(styleClass(
                    (Stance) null))).toArray(String[]::new);

    /** A labelled chip: "stance: advantage" with the stance's icon. */
    public static Label stanceChip(Stance stance) {
        Label chip = new Label(label(stance), new FontIcon(icon(stance)));
        chip.getStyleClass().addAll("chip", styleClass(stance));
        return chip;
    }

    /**
     * Makes a chip made by {@link #stanceChip} show another stance: text, icon and class changed in place, so a
     * table cell keeps one chip instead of styling a new one on every update.
     */
    public static void showStance(Label chip, Stance stance) {
        chip.setText(label(stance));
        if (chip.getGraphic() instanceof FontIcon icon) {
            icon.setIconCode(icon(stance));
        }
        StyleClasses.choose(chip, styleClass(stance), STANCE_CLASSES);
    }

    public static Label certaintyChip(Certainty certainty) {
        Label chip = new Label(label(certainty));
        chip.getStyleClass().addAll("chip", "certainty-chip", styleClass(certainty));
        return chip;
    }

    /** A short tag for a source in dense marks and column headers: the first word of its id (the tooltip names it). */
    public static String shortName(String sourceId) {
        int dash = sourceId.indexOf('-');
        String first = dash > 0 ? sourceId.substring(0, dash) : sourceId;
        return first.length() <= 14 ? first : first.substring(0, 13) + "\u2026";
    }
}
