package org.parallax.analysis.diff;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MeyersDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns two token sequences with java-diff-utils' Myers diff on comparison keys, within a bounded amount of
 * work. Myers costs O((N+M)·D) for D edits, so two long unrelated texts would be quadratic: the aligner
 * (1) trims the common prefix and suffix, (2) diffs short middles word by word, (3) diffs long middles sentence
 * by sentence first and then word by word inside each changed block, and (4) stops any Myers run whose edit
 * count passes a budget, replacing that passage as a whole. The result says which method it ended up using.
 * Keys (and sentences) are canonicalised so that equal ones are the same object: Myers then compares by
 * identity, and a run that cannot fit its budget (too few elements in common) is skipped without being tried.
 */
final class TokenAligner {
    /** Up to this many tokens (both sides together) a passage is diffed word by word directly. */
    static final int DEFAULT_WORD_LIMIT = 3000;
    /** A Myers run that needs more edits than this is abandoned (bounds time and memory). */
    static final int DEFAULT_EDIT_BUDGET = 1000;

    private final int wordLimit;
    private final int editBudget;

    TokenAligner() {
        this(DEFAULT_WORD_LIMIT, DEFAULT_EDIT_BUDGET);
    }

    TokenAligner(int wordLimit, int editBudget) {
        this.wordLimit = wordLimit;
        this.editBudget = editBudget;
    }

    record Alignment(List<TokenRegion> regions, DiffMethod method) {
    }

    Alignment align(List<Token> from, List<Token> to) {
        Map<String, String> canonical = new HashMap<>();
        List<String> a = keys(from, canonical);
        List<String> b = keys(to, canonical);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix) == b.get(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix) == b.get(b.size() - 1 - suffix)) {
            suffix++;
        }
        Work work = new Work(a, b, from, to);
        work.add(new TokenRegion(true, 0, prefix, 0, prefix));
        int fromEnd = a.size() - suffix;
        int toEnd = b.size() - suffix;
        boolean aligned = work.alignRange(prefix, fromEnd, prefix, toEnd, true);
        work.add(new TokenRegion(true, fromEnd, a.size(), toEnd, b.size()));
        DiffMethod method = DiffMethod.WORD;
        if (!aligned || (work.coarse && !work.alignedSomeWords())) {
            method = DiffMethod.WHOLE;
        } else if (work.coarse) {
            method = DiffMethod.SENTENCE;
        }
        return new Alignment(work.regions, method);
    }

    /** The tokens' keys, each replaced by the one instance of its value in {@code canonical}. */
    private static List<String> keys(List<Token> tokens, Map<String, String> canonical) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            keys.add(canonical.computeIfAbsent(token.key(), key -> key));
        }
        return keys;
    }

    /** The state of one alignment: the regions found so far and whether any passage fell back. */
    private final class Work {
        final List<String> a;
        final List<String> b;
        final List<Token> from;
        final List<Token> to;
        final List<TokenRegion> regions = new ArrayList<>();
        boolean coarse;

        Work(List<String> a, List<String> b, List<Token> from, List<Token> to) {
            this.a = a;
            this.b = b;
            this.from = from;
            this.to = to;
        }

        /** True when some words (not just punctuation) were aligned as equal. */
        boolean alignedSomeWords() {
            for (TokenRegion region : regions) {
                for (int i = region.fromStart(); region.equal() && i < region.fromEnd(); i++) {
                    if (!from.get(i).isPunctuation()) {
                        return true;
                    }
                }
            }
            return false;
        }

        void add(TokenRegion region) {
            if (region.isEmpty()) {
                return;
            }
            if (!regions.isEmpty()) {
                TokenRegion last = regions.get(regions.size() - 1);
                if (last.equal() == region.equal()) { // merge neighbours of the same kind
                    regions.set(regions.size() - 1, new TokenRegion(last.equal(), last.fromStart(),
                            region.fromEnd(), last.toStart(), region.toEnd()));
                    return;
                }
            }
            regions.add(region);
        }

        /** Aligns {@code a[fs, fe)} with {@code b[ts, te)}; false when it had to replace the passage whole. */
        boolean alignRange(int fs, int fe, int ts, int te, boolean sentencesAllowed) {
            if (fs == fe || ts == te) {
                add(new TokenRegion(false, fs, fe, ts, te));
                return true;
            }
            if ((fe - fs) + (te - ts) <= wordLimit) {
                List<Change> changes = myers(a.subList(fs, fe), b.subList(ts, te));
                if (changes == null) {
                    return replaceWhole(fs, fe, ts, te);
                }
                addChanges(changes, fs, fe, ts, te);
                return true;
            }
            if (!sentencesAllowed) {
                return replaceWhole(fs, fe, ts, te);
            }
            return alignSentences(fs, fe, ts, te);
        }

        private boolean replaceWhole(int fs, int fe, int ts, int te) {
            coarse = true;
            add(new TokenRegion(false, fs, fe, ts, te));
            return false;
        }

        private boolean alignSentences(int fs, int fe, int ts, int te) {
            List<int[]> fromSentences = sentences(from, fs, fe);
            List<int[]> toSentences = sentences(to, ts, te);
            Map<List<String>, List<String>> canonical = new HashMap<>();
            List<Change> changes = myers(sentenceKeys(a, fromSentences, canonical),
                    sentenceKeys(b, toSentences, canonical));
            if (changes == null) {
                return replaceWhole(fs, fe, ts, te);
            }
            int i = 0;
            int j = 0;
            for (Change change : changes) {
                addEqualSentences(fromSentences, toSentences, i, change.startOriginal, j);
                int blockFromStart = tokenStart(fromSentences, change.startOriginal, fe);
                int blockFromEnd = tokenStart(fromSentences, change.endOriginal, fe);
                int blockToStart = tokenStart(toSentences, change.startRevised, te);
                int blockToEnd = tokenStart(toSentences, change.endRevised, te);
                alignRange(blockFromStart, blockFromEnd, blockToStart, blockToEnd, false);
                i = change.endOriginal;
                j = change.endRevised;
            }
            addEqualSentences(fromSentences, toSentences, i, fromSentences.size(), j);
            return true;
        }

        private void addEqualSentences(List<int[]> fromSentences, List<int[]> toSentences, int i, int iEnd, int j) {
            if (i < iEnd) {
                int count = iEnd - i;
                add(new TokenRegion(true, fromSentences.get(i)[0], fromSentences.get(iEnd - 1)[1],
                        toSentences.get(j)[0], toSentences.get(j + count - 1)[1]));
            }
        }

        private int tokenStart(List<int[]> sentences, int index, int end) {
            return index < sentences.size() ? sentences.get(index)[0] : end;
        }

        private void addChanges(List<Change> changes, int fs, int fe, int ts, int te) {
            int i = fs;
            int j = ts;
            for (Change change : changes) {
                int cs = fs + change.startOriginal;
                int rs = ts + change.startRevised;
                add(new TokenRegion(true, i, cs, j, rs));
                add(new TokenRegion(false, cs, fs + change.endOriginal, rs, ts + change.endRevised));
                i = fs + change.endOriginal;
                j = ts + change.endRevised;
            }
            add(new TokenRegion(true, i, fe, j, te));
        }
    }

    /**
     * Myers diff of canonical elements within the edit budget, changes in order; null when the budget ran out.
     * Myers needs exactly n + m - 2·LCS edits, and the LCS is at most the elements the two sides have in
     * common (counting repeats), so when even that bound exceeds the budget the run would fail: it is skipped.
     */
    private <T> List<Change> myers(List<T> a, List<T> b) {
        if (a.size() + b.size() - 2L * common(a, b) > editBudget) {
            return null;
        }
        try {
            List<Change> changes = new ArrayList<>(new MeyersDiff<T>((x, y) -> x == y)
                    .computeDiff(a, b, new Budget(editBudget)));
            changes.sort(Comparator.comparingInt((Change c) -> c.startOriginal).thenComparingInt(c -> c.startRevised));
            return changes;
        } catch (BudgetExceeded tooDifferent) {
            return null;
        }
    }

    /** How many canonical elements {@code a} and {@code b} have in common, counting repeats (multiset intersection). */
    private static <T> int common(List<T> a, List<T> b) {
        Map<T, int[]> counts = new IdentityHashMap<>(); // elements are canonical
        for (T element : a) {
            counts.computeIfAbsent(element, e -> new int[1])[0]++;
        }
        int common = 0;
        for (T element : b) {
            int[] count = counts.get(element);
            if (count != null && count[0] > 0) {
                count[0]--;
                common++;
            }
        }
        return common;
    }

    /** Sentences of {@code tokens[start, end)} as token index ranges. */
    static List<int[]> sentences(List<Token> tokens, int start, int end) {
        List<int[]> sentences = new ArrayList<>();
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            boolean boundary = i > sentenceStart
                    && (tokens.get(i - 1).endsSentence() || tokens.get(i).sentenceStart());
            if (boundary) {
                sentences.add(new int[] {sentenceStart, i});
                sentenceStart = i;
            }
        }
        if (sentenceStart < end) {
            sentences.add(new int[] {sentenceStart, end});
        }
        return sentences;
    }

    /** Each sentence as its list of keys, one instance per distinct sentence (kept in {@code canonical}). */
    private static List<List<String>> sentenceKeys(List<String> keys, List<int[]> sentences,
                                                   Map<List<String>, List<String>> canonical) {
        List<List<String>> sentenceKeys = new ArrayList<>(sentences.size());
        for (int[] sentence : sentences) {
            sentenceKeys.add(canonical.computeIfAbsent(keys.subList(sentence[0], sentence[1]), key -> key));
        }
        return sentenceKeys;
    }

    /** Stops a Myers run once it has explored more edit steps than the budget allows. */
    private static final class Budget implements DiffAlgorithmListener {
        private final int maxEdits;

        Budget(int maxEdits) {
            this.maxEdits = maxEdits;
        }

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > maxEdits) {
                throw new BudgetExceeded();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    /** Thrown from the progress listener to abandon a Myers run; the only way java-diff-utils offers to stop one. */
    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("edit budget exceeded", null, false, false);
        }
    }
}
