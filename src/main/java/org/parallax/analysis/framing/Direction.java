package org.parallax.analysis.framing;

/** Which way a change goes, read from A (the "from" side) to B (the "to" side). */
public enum Direction {
    /** B has it, A has not. */
    ADDED("added"),
    /** A has it, B has not. */
    DROPPED("dropped"),
    /** Both have it, differently. */
    CHANGED("changed");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
