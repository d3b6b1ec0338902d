package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.ui.common.AppPreferences;
import org.parallax.ui.common.MemoryPreferencesStore;

class AppPreferencesTest {
    private final MemoryPreferencesStore store = new MemoryPreferencesStore();
    private final AppPreferences prefs = new AppPreferences(store);

    @Test
    void recentFilesPutTheLatestFirstWithoutDuplicatesAndKeepEight() {
        for (int i = 0; i < 10; i++) {
            prefs.addRecentFile(Path.of("/m/" + i + ".json"));
        }
        prefs.addRecentFile(Path.of("/m/5.json"));
        assertThat(prefs.recentFiles()).hasSize(8).first().isEqualTo(Path.of("/m/5.json"));
        assertThat(prefs.recentFiles()).doesNotHaveDuplicates().doesNotContain(Path.of("/m/0.json"));
    }

    @Test
    void windowBoundsAndDividersRoundTripAndCorruptValuesAreIgnored() {
        prefs.setWindowBounds(10, 20, 800, 600);
        assertThat(prefs.windowBounds()).hasValueSatisfying(b -> assertThat(b).containsExactly(10, 20, 800, 600));
        prefs.setDividers("main", new double[] {0.25, 0.5});
        assertThat(prefs.dividers("main")).hasValueSatisfying(d -> assertThat(d).containsExactly(0.25, 0.5));
        store.put("windowBounds", "10,x,3");
        assertThat(prefs.windowBounds()).isEmpty();
    }

    @Test
    void darkThemeDefaultsToLight() {
        assertThat(prefs.darkTheme()).isFalse();
        prefs.setDarkTheme(true);
        assertThat(new AppPreferences(store).darkTheme()).isTrue();
    }
}
