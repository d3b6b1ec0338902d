package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels the changed spans of a word diff: figure drift, hedging, attribution, entity, negation, evaluative
 * wording. Each span gets zero or more labels, each with the words that triggered it. Stateless, thread-safe.
 */
public final class ChangeClassifier {
    private final Lexicons lexicons;
    private final FigureExtractor figures;
    private final EntityExtractor entities;
    private final List<ChangeRule> rules;
    private final List<Lexicon> marked;

    public ChangeClassifier(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.figures = new FigureExtractor(lexicons);
        this.entities = new EntityExtractor(lexicons);
        this.marked = TextFeatures.markedLexicons(lexicons);
        this.rules = List.of(
                new FigureDriftRule(),
                new LexiconDifferenceRule(ChangeLabel.HEDGING, TextFeatures::hedges),
                new AttributionRule(),
                new EntityRule(),
                new NegationRule(),
                new LexiconDifferenceRule(ChangeLabel.EVALUATIVE, TextFeatures::evaluative));
    }

    public List<Change> classify(WordDiff diff) {
        Set<String> lowercaseWords = EntityExtractor.addLowercaseWords(diff.fromTokens(), new HashSet<>());
        EntityExtractor.addLowercaseWords(diff.toTokens(), lowercaseWords);
        Map<String, Integer> marksByKey = new HashMap<>(); // both texts share most of their vocabulary
        TextFeatures from = TextFeatures.of(diff.fromText(), diff.fromTokens(),
                KeyMarks.of(diff.fromTokens(), marked, marksByKey), lexicons, figures, entities, lowercaseWords);
        TextFeatures to = TextFeatures.of(diff.toText(), diff.toTokens(),
                KeyMarks.of(diff.toTokens(), marked, marksByKey), lexicons, figures, entities, lowercaseWords);
        List<Change> changes = new ArrayList<>();
        List<DiffSpan> spans = diff.spans();
        for (int index = 0; index < spans.size(); index++) {
            DiffSpan span = spans.get(index);
            if (!span.isChange()) {
                continue;
            }
            ChangedRegion region = new ChangedRegion(index, from, to,
                    firstToken(diff.fromTokens(), span.fromStart(), span.fromEnd()),
                    endToken(diff.fromTokens(), span.fromStart(), span.fromEnd()),
                    firstToken(diff.toTokens(), span.toStart(), span.toEnd()),
                    endToken(diff.toTokens(), span.toStart(), span.toEnd()));
            for (ChangeRule rule : rules) {
                rule.apply(region).ifPresent(changes::add);
            }
        }
        return changes;
    }

    /** Index of the first token ending after {@code start}: where tokens touching {@code [start, end)} begin. */
    private static int firstToken(List<Token> tokens, int start, int end) {
        if (start == end) {
            return 0;
        }
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Index after the last token starting before {@code end}; equal to firstToken for an empty range. */
    private static int endToken(List<Token> tokens, int start, int end) {
        if (start == end) {
            return 0;
        }
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
