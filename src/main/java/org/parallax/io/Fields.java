package org.parallax.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields one kind of object may have, in a fixed order, and which of them are required. */
final class Fields {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexByName = new HashMap<>();
    private long requiredMask;

    static Fields of() {
        return new Fields();
    }

    Fields required(String name) {
        requiredMask |= 1L << add(name);
        return this;
    }

    Fields optional(String name) {
        add(name);
        return this;
    }

    private int add(String name) {
        int index = names.size();
        names.add(name);
        indexByName.put(name, index);
        return index;
    }

    /** Position of the field in declaration order, or -1 when the format does not define it. */
    int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    String name(int index) {
        return names.get(index);
    }

    int size() {
        return names.size();
    }

    boolean isRequired(int index) {
        return (requiredMask & (1L << index)) != 0;
    }

    List<String> names() {
        return names;
    }
}
