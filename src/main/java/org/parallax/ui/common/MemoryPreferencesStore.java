package org.parallax.ui.common;

import java.util.HashMap;
import java.util.Map;

/** Preferences kept in memory: for tests and benchmarks. */
public final class MemoryPreferencesStore implements PreferencesStore {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
