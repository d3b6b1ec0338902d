package org.parallax.ui.common;

/** Key-value preferences behind an interface: java.util.prefs in the app, a map in tests. */
public interface PreferencesStore {
    String get(String key, String fallback);

    void put(String key, String value);

    void remove(String key);
}
