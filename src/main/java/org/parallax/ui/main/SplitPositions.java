package org.parallax.ui.main;

import java.util.HashMap;
import java.util.Map;
import org.parallax.ui.common.AppPreferences;

/**
 * Where the divider between a tab's view and the framing panel sits, remembered per tab (decision 0090): moving it
 * to read the framing panel under the Comparison tab leaves the Diff tab's room alone. Positions are fractions of
 * the split's height, kept in the preferences as {@code dividers.mainSplit.TABID}.
 */
final class SplitPositions {
    private final AppPreferences preferences;
    private final Map<String, Double> positions = new HashMap<>();

    SplitPositions(AppPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * Where a tab's divider starts before the user moves it: the diff needs the most room; the comparison and the
     * points table share the height with the framing panel, whose cards carry the quotes.
     */
    static double defaultFor(String tabId) {
        return switch (tabId == null ? "" : tabId) {
            case "diffTab", "workbenchTab" -> 0.74;
            case "coverageTab", "sourcesTab" -> 0.62;
            case "quotesTab" -> 0.58;
            default -> 0.5;
        };
    }

    /** The position last used for this tab, else its default. */
    double positionFor(String tabId) {
        return positions.computeIfAbsent(tabId, id -> preferences.dividers(key(id))
                .filter(saved -> saved.length == 1 && saved[0] > 0.05 && saved[0] < 0.95)
                .map(saved -> saved[0]).orElse(defaultFor(id)));
    }

    void remember(String tabId, double position) {
        positions.put(tabId, position);
    }

    /** Writes every position used this session to the preferences. */
    void save() {
        positions.forEach((tabId, position) -> preferences.setDividers(key(tabId), new double[] {position}));
    }

    private static String key(String tabId) {
        return "mainSplit." + tabId;
    }
}
