package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Absorbs coincidental equalities inside changed passages, in the spirit of diff-match-patch's semantic cleanup,
 * so that a reworded clause reads as one change instead of confetti. An equal run sandwiched between two changes
 * is merged into them when it is
 * <ul>
 *   <li>only function words and light punctuation ("the", "of", a comma; at most {@value #MAX_WEAK_TOKENS}
 *       tokens; the stopword lexicon), or</li>
 *   <li>short next to both neighbours: its characters at most half of each neighbouring change's (the larger
 *       side of each change), which is diff-match-patch's rule made stricter because tokens are whole words.</li>
 * </ul>
 * Sentence ends are never absorbed, so changes in different sentences stay apart. Repeats until nothing merges.
 */
final class SemanticCleanup {
    static final int MAX_WEAK_TOKENS = 3;

    private final Lexicon stopwords;

    SemanticCleanup(Lexicon stopwords) {
        this.stopwords = stopwords;
    }

    List<TokenRegion> apply(List<TokenRegion> input, List<Token> from, List<Token> to) {
        List<TokenRegion> regions = new ArrayList<>(input);
        boolean merged = true;
        while (merged) {
            merged = false;
            List<TokenRegion> next = new ArrayList<>(regions.size());
            int i = 0;
            while (i < regions.size()) {
                TokenRegion region = regions.get(i);
                boolean sandwiched = region.equal() && !next.isEmpty() && i + 1 < regions.size()
                        && !next.get(next.size() - 1).equal() && !regions.get(i + 1).equal();
                if (sandwiched && absorbable(region, next.get(next.size() - 1), regions.get(i + 1), from, to)) {
                    TokenRegion before = next.remove(next.size() - 1);
                    TokenRegion after = regions.get(i + 1);
                    next.add(new TokenRegion(false, before.fromStart(), after.fromEnd(), before.toStart(),
                            after.toEnd()));
                    i += 2;
                    merged = true;
                } else {
                    next.add(region);
                    i++;
                }
            }
            regions = next;
        }
        return regions;
    }

    private boolean absorbable(TokenRegion equal, TokenRegion before, TokenRegion after, List<Token> from,
                               List<Token> to) {
        boolean weak = equal.fromLength() <= MAX_WEAK_TOKENS;
        for (int i = equal.fromStart(); i < equal.fromEnd(); i++) {
            Token token = from.get(i);
            if (token.endsSentence()) {
                return false;
            }
            if (!(token.isPunctuation() || stopwords.containsWord(token.key()))) {
                weak = false;
            }
        }
        if (weak) {
            return true;
        }
        int length = chars(from, equal.fromStart(), equal.fromEnd());
        return 2 * length <= size(before, from, to) && 2 * length <= size(after, from, to);
    }

    private static int size(TokenRegion change, List<Token> from, List<Token> to) {
        return Math.max(chars(from, change.fromStart(), change.fromEnd()), chars(to, change.toStart(), change.toEnd()));
    }

    /** Characters covered by {@code tokens[start, end)}, from the first token's start to the last one's end. */
    private static int chars(List<Token> tokens, int start, int end) {
        return start >= end ? 0 : tokens.get(end - 1).end() - tokens.get(start).start();
    }
}
