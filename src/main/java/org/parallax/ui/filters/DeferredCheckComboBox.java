package org.parallax.ui.filters;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.ComboBoxBaseSkin;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.CheckComboBox;

/**
 * A ControlsFX {@link CheckComboBox} whose full skin is installed when the user first reaches for the control: the
 * pointer enters it, it gets the focus, or {@link #show()} is called (decision 0064). The full skin is a combo box
 * with a list-view popup; measuring that list view (skin, virtual flow, cells) made the four filter boxes the
 * costliest part of the main window's first frame. Until then a closed look-alike shows the title with the same
 * nodes and style classes (a combo box holding a list cell and an arrow button), minus the list view.
 *
 * <p>Items, check model, title and converter are the control's own, so everything that reads or sets them behaves
 * the same with either skin.
 */
public final class DeferredCheckComboBox<T> extends CheckComboBox<T> {
    private boolean full;

    public DeferredCheckComboBox() {
        addEventFilter(MouseEvent.MOUSE_ENTERED, entered -> installFullSkin());
        // a press the pointer did not announce by entering first (a window just focused, a touch screen, a robot)
        // still opens the box: the look-alike has no popup, so the first click would otherwise do nothing
        addEventFilter(MouseEvent.MOUSE_PRESSED, pressed -> {
            if (!full) {
                installFullSkin();
                pressed.consume();
                show();
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (now) {
                installFullSkin();
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return full ? super.createDefaultSkin() : new ClosedSkin<>(this);
    }

    /** Replaces the closed look-alike with the ControlsFX skin (once; later calls do nothing). */
    public void installFullSkin() {
        if (!full) {
            full = true;
            setSkin(super.createDefaultSkin());
        }
    }

    /** Whether the ControlsFX skin is installed. */
    public boolean hasFullSkin() {
        return full && getSkin() != null && !(getSkin() instanceof ClosedSkin);
    }

    @Override
    public void show() {
        installFullSkin();
        super.show();
    }

    /**
     * The closed control as the ControlsFX skin draws it: an unfocusable combo box filling the control, sized by its
     * own skin, whose style classes the control takes.
     */
    private static final class ClosedSkin<T> extends SkinBase<CheckComboBox<T>> {
        private final ComboBox<String> combo;

        ClosedSkin(CheckComboBox<T> control) {
            super(control);
            combo = new ComboBox<>() {
                @Override
                protected Skin<?> createDefaultSkin() {
                    return new TitleSkin(this, control.titleProperty());
                }
            };
            combo.setFocusTraversable(false);
            combo.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            // as the ControlsFX skin does: the control takes the combo box's style classes
            Bindings.bindContent(control.getStyleClass(), combo.getStyleClass());
            getChildren().add(combo);
        }

        @Override
        protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
            return combo.minWidth(height);
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return combo.minHeight(width);
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return combo.prefWidth(height);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return combo.prefHeight(width);
        }

        @Override
        protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
            return getSkinnable().prefWidth(height);
        }

        @Override
        protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
            return getSkinnable().prefHeight(width);
        }

        @Override
        public void dispose() {
            Bindings.unbindContent(getSkinnable().getStyleClass(), combo.getStyleClass());
            // the full skin, made before this one is disposed, has already added its own combo box
            getChildren().remove(combo);
            super.dispose();
        }
    }

    /** A combo box skin whose display is a list cell showing the title; it has no popup to show. */
    private static final class TitleSkin extends ComboBoxBaseSkin<String> {
        private final TitleCell cell = new TitleCell();

        TitleSkin(ComboBox<String> combo, ObservableStringValue title) {
            super(combo);
            cell.setMouseTransparent(true);
            cell.show(title.get());
            getChildren().add(cell); // now, not at the first layout: the combo box's height depends on it
            title.addListener((o, before, now) -> cell.show(now));
        }

        @Override
        public Node getDisplayNode() {
            return cell;
        }

        @Override
        public void show() {
            // the owner installs the full skin before anything can open a popup
        }

        @Override
        public void hide() {
            // nothing is ever shown
        }
    }

    /** A filled list cell, as the combo box's button cell is once it shows a value. */
    private static final class TitleCell extends ListCell<String> {
        void show(String title) {
            updateItem(title, false);
            setText(title);
        }
    }
}
