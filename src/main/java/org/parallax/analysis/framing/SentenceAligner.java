package org.parallax.analysis.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.meaning.SentenceEncoder;

/**
 * Aligns the sentences of two texts by meaning, monotonically (both sides in text order), with one-to-one,
 * one-to-two and two-to-one links and unmatched sentences on either side: a dynamic programme that maximises
 * the summed similarity above a threshold. Similarity = 0.65 x encoder cosine + 0.35 x word overlap (Dice of
 * content stems); word overlap alone without an encoder. Beyond {@link #CELL_LIMIT} sentence pairs only a band
 * around the diagonal is searched, so unrelated long texts stay bounded.
 */
final class SentenceAligner {
    static final long CELL_LIMIT = 60_000;
    private static final double ENCODER_WEIGHT = 0.65;
    private static final double THRESHOLD_WITH_ENCODER = 0.36;
    private static final double THRESHOLD_WORDS_ONLY = 0.22;
    /** Without a shared content word, a link needs at least this cosine. */
    private static final double ALONE_COSINE = 0.65;

    /** A link: sentences {@code [fromFirst, fromLast]} with {@code [toFirst, toLast]}, and their similarity. */
    record Link(int fromFirst, int fromLast, int toFirst, int toLast, double similarity) {
    }

    private final FramingLexicons lexicons;
    private final SentenceEncoder encoder;

    SentenceAligner(FramingLexicons lexicons, SentenceEncoder encoder) {
        this.lexicons = lexicons;
        this.encoder = encoder;
    }

    /** Beyond this many sentence pairs, the texts are aligned in proportional chunks (bounded memory). */
    static final long CHUNK_LIMIT = 1_000_000;

    List<Link> align(String fromText, List<Sentence> from, String toText, List<Sentence> to) {
        long cells = (long) from.size() * to.size();
        if (cells <= CHUNK_LIMIT) {
            return alignAll(fromText, from, toText, to);
        }
        int chunks = (int) Math.ceil(Math.sqrt((double) cells / CHUNK_LIMIT));
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < chunks; k++) {
            int fromStart = from.size() * k / chunks;
            int fromEnd = from.size() * (k + 1) / chunks;
            int toStart = to.size() * k / chunks;
            int toEnd = to.size() * (k + 1) / chunks;
            for (Link link : alignAll(fromText, from.subList(fromStart, fromEnd), toText,
                    to.subList(toStart, toEnd))) {
                links.add(new Link(link.fromFirst() + fromStart, link.fromLast() + fromStart,
                        link.toFirst() + toStart, link.toLast() + toStart, link.similarity()));
            }
        }
        return links;
    }

    private List<Link> alignAll(String fromText, List<Sentence> from, String toText, List<Sentence> to) {
        int n = from.size();
        int m = to.size();
        if (n == 0 || m == 0) {
            return List.of();
        }
        Side a = new Side(fromText, from);
        Side b = new Side(toText, to);
        double threshold = encoder == null ? THRESHOLD_WORDS_ONLY : THRESHOLD_WITH_ENCODER;
        double band = (long) n * m <= CELL_LIMIT ? Double.MAX_VALUE
                : Math.max(8, CELL_LIMIT / (2.0 * Math.max(n, m)));
        // best[i][j]: best score aligning the first i sentences of A with the first j of B
        double[][] best = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];
        float[][] single = new float[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                single[i][j] = inBand(i + 1, j + 1, n, m, band) ? (float) a.similarity(i, i, b, j, j) : 0f;
            }
        }
        double gate = threshold * 0.8; // a merged link is tried only where one of its sentences already fits
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double score = Double.NEGATIVE_INFINITY;
                byte choice = 0;
                if (i > 0 && best[i - 1][j] > score) {
                    score = best[i - 1][j];
                    choice = 1; // A_i unmatched
                }
                if (j > 0 && best[i][j - 1] > score) {
                    score = best[i][j - 1];
                    choice = 2; // B_j unmatched
                }
                if (i > 0 && j > 0 && inBand(i, j, n, m, band)) {
                    double one = best[i - 1][j - 1] + single[i - 1][j - 1] - threshold;
                    if (one > score) {
                        score = one;
                        choice = 3;
                    }
                    if (j > 1 && (single[i - 1][j - 1] >= gate || single[i - 1][j - 2] >= gate)) {
                        double oneTwo = best[i - 1][j - 2] + a.similarity(i - 1, i - 1, b, j - 2, j - 1)
                                - threshold - 0.02;
                        if (oneTwo > score && oneTwo > one + 0.03) {
                            score = oneTwo;
                            choice = 4;
                        }
                    }
                    if (i > 1 && (single[i - 1][j - 1] >= gate || single[i - 2][j - 1] >= gate)) {
                        double twoOne = best[i - 2][j - 1] + a.similarity(i - 2, i - 1, b, j - 1, j - 1)
                                - threshold - 0.02;
                        if (twoOne > score && twoOne > one + 0.03) {
                            score = twoOne;
                            choice = 5;
                        }
                    }
                }
                best[i][j] = score;
                move[i][j] = choice;
            }
        }
        List<Link> links = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (move[i][j]) {
                case 1 -> i--;
                case 2 -> j--;
                case 3 -> {
                    links.add(new Link(i - 1, i - 1, j - 1, j - 1, single[i - 1][j - 1]));
                    i--;
                    j--;
                }
                case 4 -> {
                    links.add(new Link(i - 1, i - 1, j - 2, j - 1, a.similarity(i - 1, i - 1, b, j - 2, j - 1)));
                    i--;
                    j -= 2;
                }
                case 5 -> {
                    links.add(new Link(i - 2, i - 1, j - 1, j - 1, a.similarity(i - 2, i - 1, b, j - 1, j - 1)));
                    i -= 2;
                    j--;
                }
                default -> throw new IllegalStateException("no move at " + i + "," + j);
            }
        }
        java.util.Collections.reverse(links);
        return links;
    }

    private static boolean inBand(int i, int j, int n, int m, double band) {
        return band == Double.MAX_VALUE || Math.abs(i - (double) j * n / m) <= band;
    }

    /**
     * One side's sentences with their content stems and vectors, and the same for each two neighbouring
     * sentences (merged once, for the one-to-two links).
     */
    private final class Side {
        private final List<Set<String>> stems = new ArrayList<>();
        private final List<Set<String>> pairStems = new ArrayList<>();
        private final List<float[]> vectors;
        private final List<float[]> pairVectors = new ArrayList<>();

        Side(String text, List<Sentence> sentences) {
            List<String> texts = new ArrayList<>();
            for (Sentence sentence : sentences) {
                Set<String> content = new HashSet<>();
                for (Word word : sentence.words()) {
                    if (!lexicons.isStopword(word.key())) {
                        content.add(word.stem());
                    }
                }
                stems.add(content);
                texts.add(sentence.span().of(text));
            }
            for (int k = 0; k + 1 < stems.size(); k++) {
                Set<String> both = new HashSet<>(stems.get(k));
                both.addAll(stems.get(k + 1));
                pairStems.add(both);
            }
            vectors = encoder == null ? null : encoder.embedAll(texts);
            if (vectors != null) {
                for (int k = 0; k + 1 < vectors.size(); k++) {
                    float[] sum = vectors.get(k).clone();
                    float[] next = vectors.get(k + 1);
                    for (int d = 0; d < sum.length; d++) {
                        sum[d] += next[d];
                    }
                    pairVectors.add(SentenceEncoder.normalise(sum));
                }
            }
        }

        /** Similarity of sentences [firstA, lastA] with the other side's [firstB, lastB] (one or two each). */
        double similarity(int firstA, int lastA, Side other, int firstB, int lastB) {
            double lexical = dice(stemsOf(firstA, lastA), other.stemsOf(firstB, lastB));
            if (vectors == null) {
                return lexical;
            }
            double cosine = SentenceEncoder.cosine(vectorOf(firstA, lastA), other.vectorOf(firstB, lastB));
            if (lexical == 0 && cosine < ALONE_COSINE) {
                return cosine * ENCODER_WEIGHT * 0.5; // no shared word: the encoder alone must be sure
            }
            return ENCODER_WEIGHT * Math.max(0, cosine) + (1 - ENCODER_WEIGHT) * lexical;
        }

        private Set<String> stemsOf(int first, int last) {
            return first == last ? stems.get(first) : pairStems.get(first);
        }

        private float[] vectorOf(int first, int last) {
            return first == last ? vectors.get(first) : pairVectors.get(first);
        }
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String stem : small) {
            if (large.contains(stem)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
