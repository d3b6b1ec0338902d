package org.parallax.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in one list: the menus and key handlers take their combinations from here,
 * and Help > Keyboard shortcuts shows the list (decision 0093). The Diff tab's keys are bound by the Diff view
 * (issue 12); they are listed here so the window names them.
 */
public final class Shortcuts {
    /** One shortcut: the keys as the platform writes them, what it does, and where it works. */
    public record Shortcut(String keys, String action, String where) {
    }

    public static final KeyCombination OPEN = shortcut(KeyCode.O);
    public static final KeyCombination EXPORT = shortcut(KeyCode.E);
    public static final KeyCombination ATTACH = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination QUIT = shortcut(KeyCode.Q);
    public static final KeyCombination FIND = shortcut(KeyCode.F);
    public static final KeyCombination CLEAR_FILTERS = new KeyCodeCombination(KeyCode.X,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination DARK_THEME = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    /** Ctrl+1 .. Ctrl+9 select the tab of that number. */
    public static final List<KeyCode> TAB_DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private Shortcuts() {
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The tab-selecting combination for tab {@code index} (0-based). */
    public static KeyCombination tab(int index) {
        return shortcut(TAB_DIGITS.get(index));
    }

    /** Every shortcut, as Help > Keyboard shortcuts lists them; {@code tabNames} in tab order. */
    public static List<Shortcut> all(List<String> tabNames) {
        List<Shortcut> all = new ArrayList<>();
        for (int i = 0; i < tabNames.size() && i < TAB_DIGITS.size(); i++) {
            all.add(new Shortcut(tab(i).getDisplayText(), "Show the " + tabNames.get(i) + " tab", "window"));
        }
        all.add(new Shortcut(FIND.getDisplayText(), "Focus the search field", "window"));
        all.add(new Shortcut("Esc", "Clear the search", "while a search is set"));
        all.add(new Shortcut(CLEAR_FILTERS.getDisplayText(), "Clear all filters", "window"));
        all.add(new Shortcut(DARK_THEME.getDisplayText(), "Dark theme on / off", "window"));
        all.add(new Shortcut(OPEN.getDisplayText(), "Open a model", "window"));
        all.add(new Shortcut(ATTACH.getDisplayText(), "Attach the folder of article texts", "window"));
        all.add(new Shortcut(EXPORT.getDisplayText(), "Export the ticked quotes", "window"));
        all.add(new Shortcut(shortcut(KeyCode.C).getDisplayText(), "Copy the ticked quotes with their citations",
                "outside text fields"));
        all.add(new Shortcut(QUIT.getDisplayText(), "Quit", "window"));
        all.add(new Shortcut(HELP.getDisplayText(), "Show this list of shortcuts", "window"));
        all.add(new Shortcut("Tab / Shift+Tab", "Move the focus to the next / previous control", "everywhere"));
        all.add(new Shortcut("F10", "Open the menu bar", "window"));
        all.add(new Shortcut("Space", "Tick or untick the highlighted quotes", "Quotes tab"));
        all.add(new Shortcut("Enter / Space", "Open the focused quote in its article (the reader)", "framing card"));
        all.add(new Shortcut(org.parallax.ui.common.OpenInArticleEvent.SHORTCUT.getDisplayText()
                + " / double-click", "Open the quote or passage in its article (the reader)",
                "framing card, Quotes tab, Diff tab"));
        all.add(new Shortcut("Enter", "Open the selected passage in its article", "Diff tab"));
        all.add(new Shortcut("A", "Accept the proposal", "Workbench review queue"));
        all.add(new Shortcut("R", "Reject the proposal", "Workbench review queue"));
        all.add(new Shortcut("Up / Down", "Move through the proposals", "Workbench review queue"));
        all.add(new Shortcut("Alt+S", "Swap From and To", "Diff tab"));
        all.add(new Shortcut("F8", "Next change", "Diff tab"));
        all.add(new Shortcut("Shift+F8", "Previous change", "Diff tab"));
        return all;
    }
}
