package org.parallax.analysis.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.parallax.analysis.diff.DiffOp;
import org.parallax.analysis.diff.DiffSpan;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.diff.WordDiff;
import org.parallax.analysis.diff.WordDiffer;
import org.parallax.analysis.meaning.SentenceEncoder;

/** The steps of a framing comparison: split, align, word-diff each pair, label. Stateless, thread-safe. */
final class FramingEngine {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SentenceAligner aligner;
    private final WordDiffer differ;
    private final PairRules rules;

    FramingEngine(FramingLexicons lexicons, SentenceEncoder encoder) {
        this.aligner = new SentenceAligner(lexicons, encoder);
        this.differ = new WordDiffer(lexicons.wordDiff());
        this.rules = new PairRules(lexicons, encoder);
    }

    FramingComparison compare(Passage from, Passage to, String fromArticle, String toArticle,
                              Optional<String> encoderNote) {
        String a = from.text();
        String b = to.text();
        List<Sentence> fromSentences = splitter.split(from);
        List<Sentence> toSentences = splitter.split(to);
        List<SentenceAligner.Link> links = aligner.align(a, fromSentences, b, toSentences);
        boolean[] fromUsed = new boolean[fromSentences.size()];
        boolean[] toUsed = new boolean[toSentences.size()];
        List<AlignedPair> pairs = new ArrayList<>();
        List<WordSpan> spans = new ArrayList<>();
        int fromCursor = 0;
        int toCursor = 0;
        for (SentenceAligner.Link link : links) {
            Span fromSpan = new Span(fromSentences.get(link.fromFirst()).span().start(),
                    fromSentences.get(link.fromLast()).span().end());
            Span toSpan = new Span(toSentences.get(link.toFirst()).span().start(),
                    toSentences.get(link.toLast()).span().end());
            for (int k = link.fromFirst(); k <= link.fromLast(); k++) {
                fromUsed[k] = true;
            }
            for (int k = link.toFirst(); k <= link.toLast(); k++) {
                toUsed[k] = true;
            }
            gap(a, b, fromCursor, fromSpan.start(), toCursor, toSpan.start(), spans);
            List<WordSpan> words = wordDiff(from, to, fromSpan, toSpan);
            spans.addAll(words);
            pairs.add(new AlignedPair(fromSpan, toSpan, Math.max(0, Math.min(1, link.similarity())), words));
            fromCursor = fromSpan.end();
            toCursor = toSpan.end();
        }
        gap(a, b, fromCursor, a.length(), toCursor, b.length(), spans);
        List<Span> unmatchedFrom = unmatched(fromSentences, fromUsed);
        List<Span> unmatchedTo = unmatched(toSentences, toUsed);
        Context context = new Context(a, b, stems(fromArticle), stems(toArticle), fromSentences, toSentences,
                fromUsed, toUsed);
        List<FramingChange> changes = new ArrayList<>();
        for (int index = 0; index < pairs.size(); index++) {
            SentenceAligner.Link link = links.get(index);
            changes.addAll(rules.label(context, pairs.get(index), index, link));
        }
        return new FramingComparison(a, b, quotes(from), quotes(to), pairs, unmatchedFrom, unmatchedTo,
                spans, changes, similarity(a, b, spans), encoderNote);
    }

    private static Set<String> stems(String article) {
        if (article == null) {
            return Set.of();
        }
        Set<String> stems = new HashSet<>();
        for (Word word : Words.of(article, 0, article.length())) {
            stems.add(word.stem());
        }
        return stems;
    }

    /** What two texts hold in common, as a share of their words in equal spans. */
    private static double similarity(String a, String b, List<WordSpan> spans) {
        int equal = 0;
        int total = 0;
        for (WordSpan span : spans) {
            int fromWords = Words.of(a, span.from().start(), span.from().end()).size();
            int toWords = Words.of(b, span.to().start(), span.to().end()).size();
            total += fromWords + toWords;
            if (!span.isChange()) {
                equal += fromWords + toWords;
            }
        }
        return total == 0 ? 1.0 : (double) equal / total;
    }

    private List<WordSpan> wordDiff(Passage from, Passage to, Span fromSpan, Span toSpan) {
        Passage fromPart = slice(from, fromSpan);
        Passage toPart = slice(to, toSpan);
        WordDiff diff = differ.diff(fromPart, toPart);
        List<WordSpan> spans = new ArrayList<>();
        for (DiffSpan span : diff.spans()) {
            spans.add(new WordSpan(op(span.op()), new Span(fromSpan.start() + span.fromStart(),
                    fromSpan.start() + span.fromEnd()), new Span(toSpan.start() + span.toStart(),
                    toSpan.start() + span.toEnd()), span.cosmetic()));
        }
        return spans;
    }

    private static Passage slice(Passage passage, Span span) {
        String text = span.of(passage.text());
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int start : passage.partStarts()) {
            if (start > span.start() && start < span.end()) {
                starts.add(start - span.start());
            }
        }
        return new Passage(text, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static WordSpan.Op op(DiffOp op) {
        return switch (op) {
            case EQUAL -> WordSpan.Op.EQUAL;
            case INSERT -> WordSpan.Op.INSERT;
            case DELETE -> WordSpan.Op.DELETE;
            case REPLACE -> WordSpan.Op.REPLACE;
        };
    }

    /** Text between aligned pairs: unmatched on each side (whitespace alone is equal, cosmetically). */
    private static void gap(String a, String b, int fromStart, int fromEnd, int toStart, int toEnd,
                            List<WordSpan> out) {
        Span from = new Span(fromStart, fromEnd);
        Span to = new Span(toStart, toEnd);
        boolean fromBlank = from.of(a).isBlank();
        boolean toBlank = to.of(b).isBlank();
        if (from.isEmpty() && to.isEmpty()) {
            return;
        }
        if (fromBlank && toBlank) {
            boolean same = from.of(a).equals(to.of(b));
            out.add(new WordSpan(same ? WordSpan.Op.EQUAL : WordSpan.Op.REPLACE, from, to, !same));
            return;
        }
        Span fromEmpty = new Span(fromEnd, fromEnd);
        Span toEmpty = new Span(toStart, toStart);
        if (fromBlank) {
            if (!from.isEmpty()) {
                out.add(new WordSpan(WordSpan.Op.DELETE, from, toEmpty, true));
            }
            out.add(new WordSpan(WordSpan.Op.INSERT, fromEmpty, to, false));
        } else if (toBlank) {
            out.add(new WordSpan(WordSpan.Op.DELETE, from, toEmpty, false));
            if (!to.isEmpty()) {
                out.add(new WordSpan(WordSpan.Op.INSERT, fromEmpty, to, true));
            }
        } else {
            out.add(new WordSpan(WordSpan.Op.DELETE, from, toEmpty, false));
            out.add(new WordSpan(WordSpan.Op.INSERT, fromEmpty, to, false));
        }
    }

    private static List<Span> unmatched(List<Sentence> sentences, boolean[] used) {
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            if (!used[k]) {
                spans.add(sentences.get(k).span());
            }
        }
        return spans;
    }

    private static List<Span> quotes(Passage passage) {
        int[] starts = passage.partStarts();
        List<Span> quotes = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            int end = k + 1 < starts.length ? starts[k + 1] - 1 : passage.text().length();
            quotes.add(new Span(starts[k], Math.max(starts[k], end)));
        }
        return quotes;
    }

    /** What the rules may look at beyond the pair: the whole texts, articles, sentences and what is aligned. */
    record Context(String fromText, String toText, Set<String> fromArticleStems, Set<String> toArticleStems,
                   List<Sentence> fromSentences, List<Sentence> toSentences, boolean[] fromUsed,
                   boolean[] toUsed) {
    }
}
