package org.parallax.io;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The path of the value the reader is at, as a stack of field names and array indices. Printed only when a
 * problem is reported ({@code $.points[3].framings[0].quotes[1].start}), so walking a big model stays cheap.
 */
final class JsonPath {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private String[] names = new String[16];
    private int[] indices = new int[16];
    private int depth;

    void enterField(String name) {
        grow();
        names[depth] = name;
        indices[depth] = -1;
        depth++;
    }

    void enterIndex(int index) {
        grow();
        names[depth] = null;
        indices[depth] = index;
        depth++;
    }

    void leave() {
        depth--;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("$");
        for (int i = 0; i < depth; i++) {
            append(out, names[i], indices[i]);
        }
        return out.toString();
    }

    /** The path of a field of the current object, without entering it (for a missing field). */
    String child(String name) {
        StringBuilder out = new StringBuilder(toString());
        append(out, name, -1);
        return out.toString();
    }

    static String field(String parent, String name) {
        StringBuilder out = new StringBuilder(parent);
        append(out, name, -1);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, int index) {
        if (name == null) {
            out.append('[').append(index).append(']');
        } else if (PLAIN_NAME.matcher(name).matches()) {
            out.append('.').append(name);
        } else {
            out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    private void grow() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
    }
}
