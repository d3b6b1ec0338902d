package org.parallax.analysis.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word diff of two texts: tokenise, align tokens with java-diff-utils within a work budget, absorb coincidental
 * equalities (semantic cleanup), and report character spans over both texts. Stateless and thread-safe.
 */
public final class WordDiffer {
    private final Tokenizer tokenizer;
    private final TokenAligner aligner;
    private final SemanticCleanup cleanup;

    public WordDiffer(Lexicons lexicons) {
        this(lexicons, TokenAligner.DEFAULT_WORD_LIMIT, TokenAligner.DEFAULT_EDIT_BUDGET);
    }

    /** With explicit bounds: passages over {@code wordLimit} tokens go sentence-first; {@code editBudget} caps Myers. */
    public WordDiffer(Lexicons lexicons, int wordLimit, int editBudget) {
        this.tokenizer = new Tokenizer();
        this.aligner = new TokenAligner(wordLimit, editBudget);
        this.cleanup = new SemanticCleanup(lexicons.stopwords());
    }

    public WordDiff diff(String fromText, String toText) {
        return diff(Passage.of(fromText), Passage.of(toText));
    }

    /** Word diff of two passages whose parts (quotes) each open a sentence. */
    public WordDiff diff(Passage fromPassage, Passage toPassage) {
        String fromText = fromPassage.text();
        String toText = toPassage.text();
        Map<String, String> keys = new HashMap<>(); // one instance per distinct key in both texts
        List<Token> from = tokenizer.tokenize(fromPassage, keys);
        List<Token> to = tokenizer.tokenize(toPassage, keys);
        TokenAligner.Alignment alignment = aligner.align(from, to);
        int matched = 0;
        for (TokenRegion region : alignment.regions()) {
            if (region.equal()) {
                matched += region.fromLength();
            }
        }
        List<TokenRegion> cleaned = cleanup.apply(alignment.regions(), from, to);
        List<DiffSpan> spans = new SpanBuilder(fromText, toText, from, to).build(cleaned);
        return new WordDiff(fromText, toText, spans, from, to, matched, alignment.method());
    }
}
