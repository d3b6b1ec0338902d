package org.parallax.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * Switches the AtlantaFX user-agent stylesheet (Primer light or dark) for the whole application, and gives scenes
 * the theme's background as their fill, so a frame drawn before the stylesheet applies (a new window, a resize,
 * a scene swap) is the theme's colour instead of white.
 */
public class ThemeService {
    /** Primer's {@code -color-bg-default} in each theme. */
    public static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
    public static final Color DARK_BACKGROUND = Color.web("#0d1117");

    public void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** True when the dark stylesheet is the application's now. */
    public static boolean isDark() {
        String sheet = Application.getUserAgentStylesheet();
        return sheet != null && sheet.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }

    /** The current theme's background, for {@link Scene#setFill}. */
    public static Color background() {
        return isDark() ? DARK_BACKGROUND : LIGHT_BACKGROUND;
    }

    /** Gives the scene the current theme's fill. */
    public static Scene fill(Scene scene) {
        scene.setFill(background());
        return scene;
    }
}
