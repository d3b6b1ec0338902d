package org.parallax.ui.common;

import javafx.scene.Node;

/**
 * Style-class changes that happen only when needed. Any change to a node's style classes makes JavaFX apply CSS to
 * the node and everything under it again; a table cell that removed and re-added its classes on every update paid
 * that for every visible cell on every filter change (decision 0145).
 */
public final class StyleClasses {
    private StyleClasses() {
    }

    /** Adds or removes {@code styleClass}, changing nothing when the node already is as asked. */
    public static void toggle(Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().removeAll(styleClass);
        }
    }

    /** Of the classes in {@code family}, leaves only {@code chosen} (null: none) on the node. */
    public static void choose(Node node, String chosen, String... family) {
        for (String styleClass : family) {
            if (!styleClass.equals(chosen)) {
                toggle(node, styleClass, false);
            }
        }
        if (chosen != null) {
            toggle(node, chosen, true);
        }
    }
}
