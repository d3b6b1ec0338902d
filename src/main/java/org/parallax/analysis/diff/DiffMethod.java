package org.parallax.analysis.diff;

/**
 * How precise a diff is. Word diffs are bounded: when two long texts are too different to align word by word
 * within the work budget, the diff falls back to a coarser method and says so.
 */
public enum DiffMethod {
    /** Every change is aligned word by word. */
    WORD("word by word"),
    /** Aligned sentence by sentence; some changed passages were too different and are shown as whole replacements. */
    SENTENCE("sentence by sentence; some passages too different for a word diff are shown as whole replacements"),
    /** The texts are too different to align: the diff is one replacement of everything that differs. */
    WHOLE("the texts are too different to align; shown as one replacement");

    private final String description;

    DiffMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
