package org.parallax.analysis.framing;

/**
 * One piece of a word diff, in char offsets of the whole texts: {@code op} is {@code equal}, {@code insert}
 * (only B has words here), {@code delete} (only A) or {@code replace}. {@code cosmetic} marks a difference of
 * case, punctuation style or spacing only, not of wording.
 */
public record WordSpan(Op op, Span from, Span to, boolean cosmetic) {
    /** The kinds of span; ids as CONTRACTS.md writes them. */
    public enum Op {
        EQUAL("equal"), INSERT("insert"), DELETE("delete"), REPLACE("replace");

        private final String id;

        Op(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** True for a change of wording (not equal, not cosmetic). */
    public boolean isChange() {
        return op != Op.EQUAL && !cosmetic;
    }
}
