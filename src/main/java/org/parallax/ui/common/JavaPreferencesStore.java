package org.parallax.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Preferences under {@code Preferences.userRoot().node(NAME)}, NAME from the system property
 * {@code parallax.prefsNode} (default "parallax"; the tests use "parallax-test").
 */
public final class JavaPreferencesStore implements PreferencesStore {
    private static final Logger LOG = Logger.getLogger(JavaPreferencesStore.class.getName());
    private final Preferences node;

    public JavaPreferencesStore(Preferences node) {
        this.node = node;
    }

    public static JavaPreferencesStore fromSystemProperty() {
        return new JavaPreferencesStore(Preferences.userRoot().node(System.getProperty("parallax.prefsNode",
                "parallax")));
    }

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void remove(String key) {
        node.remove(key);
    }

    /** Writes pending changes; failing to persist preferences is logged, never shown. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException cannotWrite) {
            LOG.log(Level.WARNING, "cannot save preferences", cannotWrite);
        }
    }
}
