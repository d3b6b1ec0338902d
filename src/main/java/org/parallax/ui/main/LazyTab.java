package org.parallax.ui.main;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.ui.common.TaskRunner;

/**
 * A tab whose content is built the first time the tab is selected (or asked for). Until then the tab is empty, so
 * CSS and layout at startup run only over the view that shows (decision 0053).
 */
final class LazyTab<V extends Node> {
    private final Tab tab;
    private final Supplier<V> factory;
    private V view;

    LazyTab(String id, String title, Feather icon, Supplier<V> factory) {
        this.factory = factory;
        tab = new Tab(title);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                view();
            }
        });
    }

    Tab tab() {
        return tab;
    }

    /**
     * The view, built and put into the tab on first call. Callers off the FX thread (tests) wait while it is built
     * there, so asking for a view is the same from anywhere.
     */
    V view() {
        if (!Platform.isFxApplicationThread()) {
            return TaskRunner.onFxThread(this::view);
        }
        if (view == null) {
            view = factory.get();
            tab.setContent(view);
        }
        return view;
    }

    void ifBuilt(Consumer<V> action) {
        if (view != null) {
            action.accept(view);
        }
    }
}
