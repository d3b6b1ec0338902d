package org.parallax.analysis.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Model;
import org.parallax.model.Point;

/**
 * Proposes, for each paragraph of a new article, the points of a model it probably makes (docs/alignment.md).
 *
 * <p>Two kinds of evidence: words (BM25 over each point's title, claims and quotes, {@link LexicalIndex}) and
 * meaning (the sentence encoder's cosine between the paragraph and the point's summary and quotes,
 * {@link PointEmbeddings}). Candidates are the best points by either; each gets
 * {@code score = MEANING_WEIGHT * meaning + (1 - MEANING_WEIGHT) * words}, both mapped to [0, 1]; without the
 * encoder, {@code score = words}. Proposals at or above the threshold are kept, best first, at most
 * {@link #MAX_PER_PARAGRAPH} a paragraph. Build once per model version; {@link #align} is then cheap.
 *
 * <p><b>Evidence, for highlighting both sides of a proposal.</b> {@link Proposal#evidence()} lists the paragraph's
 * words that support the match (at most {@value #EVIDENCE_WORDS}, rarest first) and {@link Proposal#evidenceStems()}
 * the stems they share with the point. {@link #paragraphEvidence(Proposal)} returns every occurrence of those stems
 * in the paragraph as {@link EvidenceSpan}s (code points of the article, like {@link Paragraph#start()});
 * {@link #pointEvidence(Proposal)} returns every occurrence in the point's title, claims and quotes as
 * {@link PointEvidence}s (which text, and code points into it). Both are cheap (one analyzer pass over each text)
 * and safe to call from any thread once the aligner is built.
 */
public final class Aligner {
    /** The default threshold of {@code align} and the review queue (docs/alignment.md says how it was chosen). */
    public static final double DEFAULT_MIN_SCORE = 0.45;
    public static final int MAX_PER_PARAGRAPH = 5;
    static final int LEXICAL_CANDIDATES = 12;
    static final int MEANING_CANDIDATES = 12;
    static final int EVIDENCE_WORDS = 8;
    /** BM25 score at which the words count half (a saturating map: s / (s + K)). */
    static final double LEXICAL_HALF = 9.0;
    /** Cosines at or below FLOOR count nothing, at or above CEILING fully: MiniLM's unrelated and paraphrase range. */
    static final double MEANING_FLOOR = 0.15;
    static final double MEANING_CEILING = 0.6;
    static final double MEANING_WEIGHT = 0.6;
    /**
     * With meaning, a paragraph that compares the sides is offered as "new point?" unless a proposal reaches this
     * score (or the threshold, when that is higher): a weak match (0.45-0.55) beside a comparison is as likely a point
     * the model lacks. Words alone score lower; there the threshold is the bar.
     */
    public static final double NEW_POINT_BAR = 0.55;
    /** How far above the paragraph's mean cosine over all points (in standard deviations) counts fully. */
    static final double Z_FLOOR = 0.0;
    static final double Z_CEIL = 3.0;
    static final int RELATIVE_MIN_POINTS = 10;
    static final int EXACT_LIMIT = 2000;
    static final int PREFILTER = 64;
    static final int SPREAD_SAMPLE = 500;
    /** Paragraphs whose prefilter dot products are computed in one pass over the points' centroids. */
    static final int PREFILTER_BLOCK = 64;

    private final Model model;
    private final LexicalIndex lexical;
    private final SideMentions sides;
    private final Embedder embedder;
    private final PointEmbeddings vectors;
    private final List<Point> points;
    private final float[][] summaryMatrix;
    private final float[][] quotesMatrix;
    /** Beyond EXACT_LIMIT points: each point's mean vector (summary and quotes), flattened. */
    private final float[] centroids;
    private final Map<String, Integer> pointIndex = new HashMap<>();

    /** Words alone. */
    public Aligner(Model model) {
        this(model, new LexicalIndex(model), null, null);
    }

    /** Words and meaning: {@code vectors} from {@link PointEmbeddings#build} with the same embedder. */
    public Aligner(Model model, LexicalIndex lexical, Embedder embedder, PointEmbeddings vectors) {
        this.model = model;
        this.lexical = lexical;
        this.sides = new SideMentions(model);
        this.embedder = vectors == null ? null : embedder;
        this.vectors = this.embedder == null ? null : vectors;
        this.points = model.points();
        for (int i = 0; i < points.size(); i++) {
            pointIndex.putIfAbsent(points.get(i).id(), i);
        }
        if (this.vectors != null) {
            summaryMatrix = new float[points.size()][];
            quotesMatrix = new float[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                summaryMatrix[i] = vectors.summary(points.get(i).id());
                quotesMatrix[i] = vectors.quotes(points.get(i).id());
            }
            centroids = points.size() > EXACT_LIMIT ? centroids(summaryMatrix, quotesMatrix) : null;
        } else {
            summaryMatrix = null;
            quotesMatrix = null;
            centroids = null;
        }
    }

    private static float[] centroids(float[][] summaries, float[][] quotes) {
        int dimension = 0;
        for (float[] vector : summaries) {
            if (vector != null) {
                dimension = vector.length;
                break;
            }
        }
        float[] flat = new float[summaries.length * dimension];
        for (int i = 0; i < summaries.length; i++) {
            float[] mean = new float[dimension];
            for (float[] part : new float[][] {summaries[i], quotes[i]}) {
                if (part != null) {
                    for (int d = 0; d < dimension; d++) {
                        mean[d] += part[d];
                    }
                }
            }
            System.arraycopy(normalised(mean), 0, flat, i * dimension, dimension);
        }
        return flat;
    }

    /** The paragraph's vectors (one per sentence) when meaning is used, else null. */
    public float[][] paragraphVector(String text) {
        if (vectors == null) {
            return null;
        }
        List<String> texts = Sentences.of(text);
        return embedder.embedAll(texts).toArray(new float[0][]);
    }

    public boolean usesMeaning() {
        return vectors != null;
    }

    public Alignment align(String articleText) {
        return align(articleText, DEFAULT_MIN_SCORE);
    }

    public Alignment align(String articleText, double minScore) {
        List<Paragraph> paragraphs = Paragraphs.split(articleText);
        List<float[][]> paragraphVectors = null;
        if (vectors != null && !paragraphs.isEmpty()) {
            List<String> texts = new ArrayList<>();
            int[] counts = new int[paragraphs.size()];
            for (Paragraph paragraph : paragraphs) {
                List<String> units = Sentences.of(paragraph.text());
                counts[paragraph.index()] = units.size();
                texts.addAll(units);
            }
            List<float[]> embedded = embedOnce(texts);
            paragraphVectors = new ArrayList<>(paragraphs.size());
            int at = 0;
            for (int count : counts) {
                paragraphVectors.add(embedded.subList(at, at + count).toArray(new float[0][]));
                at += count;
            }
        }
        double[][] approximate = null;
        List<Proposal> proposals = new ArrayList<>();
        List<Paragraph> newPoints = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            int block = paragraph.index() % PREFILTER_BLOCK;
            if (block == 0 && paragraphVectors != null && centroids != null) {
                List<float[]> means = new ArrayList<>(PREFILTER_BLOCK);
                for (float[][] units : paragraphVectors.subList(paragraph.index(),
                        Math.min(paragraphVectors.size(), paragraph.index() + PREFILTER_BLOCK))) {
                    means.add(meanVector(units));
                }
                approximate = approximateAll(means);
            }
            List<Proposal> ranked = rank(paragraph, paragraphVectors == null ? null
                    : paragraphVectors.get(paragraph.index()), approximate == null ? null : approximate[block]);
            int kept = 0;
            for (Proposal proposal : ranked) {
                if (proposal.score() >= minScore && kept < MAX_PER_PARAGRAPH) {
                    proposals.add(proposal);
                    kept++;
                }
            }
            double best = ranked.isEmpty() ? 0 : ranked.get(0).score();
            double bar = vectors == null ? minScore : Math.max(minScore, NEW_POINT_BAR);
            if (best < bar && sides.comparesSides(paragraph.text())) {
                newPoints.add(paragraph);
            }
        }
        return new Alignment(paragraphs, proposals, newPoints, vectors != null);
    }

    /** The texts' vectors, each distinct text embedded once (an article may repeat a sentence). */
    private List<float[]> embedOnce(List<String> texts) {
        Map<String, Integer> slot = new LinkedHashMap<>();
        for (String text : texts) {
            slot.putIfAbsent(text, slot.size());
        }
        if (slot.size() == texts.size()) {
            return embedder.embedAll(texts);
        }
        List<float[]> distinct = embedder.embedAll(new ArrayList<>(slot.keySet()));
        List<float[]> all = new ArrayList<>(texts.size());
        for (String text : texts) {
            all.add(distinct.get(slot.get(text)));
        }
        return all;
    }

    /** Every candidate point for one paragraph with its score, best first (no threshold). */
    public List<Proposal> rank(Paragraph paragraph, float[][] paragraphVector) {
        return rank(paragraph, paragraphVector, null);
    }

    /** {@code approximate}: the paragraph's prefilter dot products with every point's centroid, or null. */
    private List<Proposal> rank(Paragraph paragraph, float[][] paragraphVector, double[] approximate) {
        LexicalIndex.Terms terms = lexical.terms(paragraph.text());
        Map<String, Double> bm25 = new LinkedHashMap<>();
        Map<String, Set<String>> shared = new HashMap<>();
        for (LexicalIndex.Hit hit : lexical.search(terms, LEXICAL_CANDIDATES)) {
            bm25.put(hit.pointId(), hit.score());
            shared.put(hit.pointId(), hit.sharedStems());
        }
        Map<String, Double> meaning = new HashMap<>();
        double[] stats = null;
        if (paragraphVector != null) {
            MeaningPass pass = meaningPass(paragraphVector, approximate);
            meaning = pass.best();
            stats = pass.stats();
        }
        Set<String> candidates = new java.util.LinkedHashSet<>(bm25.keySet());
        candidates.addAll(meaning.keySet());
        List<Proposal> ranked = new ArrayList<>(candidates.size());
        for (String pointId : candidates) {
            double words = wordsScore(bm25.getOrDefault(pointId, 0.0));
            double cosine = paragraphVector == null ? 0 : meaning.containsKey(pointId)
                    ? meaning.get(pointId) : cosineWith(paragraphVector, pointId);
            double sense = paragraphVector == null ? 0 : relativeScore(cosine, stats);
            double score = paragraphVector == null ? words
                    : MEANING_WEIGHT * sense + (1 - MEANING_WEIGHT) * words;
            Set<String> stems = shared.containsKey(pointId) ? shared.get(pointId) : lexical.shared(terms, pointId);
            List<String> evidenceStems = evidenceStems(stems);
            List<String> evidenceWords = new ArrayList<>(evidenceStems.size());
            for (String stem : evidenceStems) {
                evidenceWords.add(terms.surfaceByStem().get(stem));
            }
            ranked.add(new Proposal(paragraph, pointId, round(score), round(words), round(sense),
                    evidenceWords, evidenceStems));
        }
        ranked.sort(Comparator.comparingDouble(Proposal::score).reversed()
                .thenComparingInt(p -> indexOf(p.pointId())));
        return ranked;
    }

    /** The best points by meaning (exact cosines) and the paragraph's mean and spread of cosines over all points. */
    private record MeaningPass(Map<String, Double> best, double[] stats) {
    }

    /**
     * Up to {@value #EXACT_LIMIT} points, every point's cosine is computed exactly. Beyond, one dot product per point
     * (the paragraph's mean vector against the point's mean vector) picks {@value #PREFILTER} candidates whose cosines
     * are then computed exactly, and the mean and spread come from an evenly spaced sample of {@value #SPREAD_SAMPLE}
     * points: a 23,000-point model costs one pass of 23,000 dot products a paragraph instead of eight.
     */
    private MeaningPass meaningPass(float[][] paragraphVector, double[] precomputed) {
        int n = points.size();
        List<Integer> considered = new ArrayList<>();
        double sum = 0;
        double squares = 0;
        int sampled = 0;
        Map<Integer, Double> exact = new HashMap<>();
        if (n <= EXACT_LIMIT) {
            for (int i = 0; i < n; i++) {
                double c = cosine(paragraphVector, i);
                exact.put(i, c);
                sum += c;
                squares += c * c;
            }
            sampled = n;
        } else {
            double[] approximate = precomputed != null ? precomputed
                    : approximateAll(List.of(meanVector(paragraphVector)))[0];
            for (int i : topIndices(approximate, PREFILTER)) {
                exact.put(i, cosine(paragraphVector, i));
            }
            int stride = Math.max(1, n / SPREAD_SAMPLE);
            for (int i = 0; i < n; i += stride) {
                double c = exact.containsKey(i) ? exact.get(i) : cosine(paragraphVector, i);
                sum += c;
                squares += c * c;
                sampled++;
            }
        }
        double[] scores = new double[n];
        java.util.Arrays.fill(scores, -2);
        exact.forEach((i, c) -> scores[i] = c);
        Map<String, Double> best = new LinkedHashMap<>();
        for (int i : topIndices(scores, MEANING_CANDIDATES)) {
            if (scores[i] > -2) {
                best.put(points.get(i).id(), scores[i]);
            }
        }
        double[] stats = null;
        if (n >= RELATIVE_MIN_POINTS && sampled > 1) {
            double mean = sum / sampled;
            stats = new double[] {mean, Math.sqrt(Math.max(1e-9, squares / sampled - mean * mean))};
        }
        return new MeaningPass(best, stats);
    }

    /**
     * Every paragraph's mean vector against every point's centroid, one pass over the centroids: a centroid is read
     * from memory once for all paragraphs (the 23,000-point matrix is 35 MB; a pass per paragraph streamed it from
     * memory a hundred times). Same arithmetic as one paragraph at a time, so the same values.
     */
    private double[][] approximateAll(List<float[]> means) {
        int n = points.size();
        int dimension = means.get(0).length;
        double[][] approximate = new double[means.size()][n];
        for (int i = 0; i < n; i++) {
            int base = i * dimension;
            for (int p = 0; p < means.size(); p++) {
                float[] mean = means.get(p);
                double dot = 0;
                for (int d = 0; d < dimension; d++) {
                    dot += mean[d] * centroids[base + d];
                }
                approximate[p][i] = dot;
            }
        }
        return approximate;
    }

    private static float[] meanVector(float[][] units) {
        float[] mean = new float[units[0].length];
        for (float[] unit : units) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += unit[d];
            }
        }
        return normalised(mean);
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < vector.length; d++) {
                vector[d] *= scale;
            }
        }
        return vector;
    }

    /** Indices of the {@code k} highest values, highest first. */
    private static int[] topIndices(double[] values, int k) {
        int size = Math.min(k, values.length);
        double[] best = new double[size];
        int[] at = new int[size];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (size > 0 && value > best[size - 1]) {
                int slot = size - 1;
                while (slot > 0 && best[slot - 1] < value) {
                    best[slot] = best[slot - 1];
                    at[slot] = at[slot - 1];
                    slot--;
                }
                best[slot] = value;
                at[slot] = i;
            }
        }
        int filled = 0;
        while (filled < size && at[filled] >= 0) {
            filled++;
        }
        return java.util.Arrays.copyOf(at, filled);
    }

    private double cosine(float[][] paragraphVector, int pointIndex) {
        double best = -1;
        for (float[] unit : paragraphVector) {
            if (summaryMatrix[pointIndex] != null) {
                best = Math.max(best, Embedder.cosine(unit, summaryMatrix[pointIndex]));
            }
            if (quotesMatrix[pointIndex] != null) {
                best = Math.max(best, Embedder.cosine(unit, quotesMatrix[pointIndex]));
            }
        }
        return best;
    }

    private double cosineWith(float[][] paragraphVector, String pointId) {
        int index = indexOf(pointId);
        return index < 0 ? 0 : cosine(paragraphVector, index);
    }

    private int indexOf(String pointId) {
        return pointIndex.getOrDefault(pointId, -1);
    }

    /**
     * Meaning in [0, 1]: the cosine between FLOOR and CEILING, and at most how far it stands above the paragraph's
     * cosines with all points (a paragraph on the corpus's topic is close to every point; what counts is being
     * closer to this one). With fewer than {@value #RELATIVE_MIN_POINTS} points there is no distribution to speak of,
     * and the cosine alone counts.
     */
    static double relativeScore(double cosine, double[] stats) {
        double absolute = Math.max(0, Math.min(1, (cosine - MEANING_FLOOR) / (MEANING_CEILING - MEANING_FLOOR)));
        if (stats == null) {
            return absolute;
        }
        double z = (cosine - stats[0]) / stats[1];
        double relative = Math.max(0, Math.min(1, (z - Z_FLOOR) / (Z_CEIL - Z_FLOOR)));
        return Math.min(absolute, relative);
    }

    static double wordsScore(double bm25) {
        return bm25 <= 0 ? 0 : bm25 / (bm25 + LEXICAL_HALF);
    }

    /** The shared stems that count as evidence, rarest among the points first, at most {@value #EVIDENCE_WORDS}. */
    private List<String> evidenceStems(Set<String> stems) {
        Map<String, Double> idf = new HashMap<>(stems.size() * 2);
        for (String stem : stems) {
            idf.put(stem, lexical.idf(stem));
        }
        List<String> ordered = new ArrayList<>(stems);
        ordered.sort(Comparator.comparingDouble((String stem) -> -idf.get(stem)).thenComparing(s -> s));
        return ordered.size() > EVIDENCE_WORDS ? List.copyOf(ordered.subList(0, EVIDENCE_WORDS)) : ordered;
    }

    /**
     * Every place in the proposal's paragraph where one of its evidence words (by stem) stands, in text order, with
     * offsets in code points of the article. A paragraph may repeat a word: each occurrence is a span.
     */
    public List<EvidenceSpan> paragraphEvidence(Proposal proposal) {
        Paragraph paragraph = proposal.paragraph();
        String text = paragraph.text();
        List<EvidenceSpan> spans = new ArrayList<>();
        for (LexicalIndex.Occurrence at : lexical.occurrences(text, stemsOf(proposal))) {
            int start = paragraph.start() + text.codePointCount(0, at.start());
            int end = start + text.codePointCount(at.start(), at.end());
            spans.add(new EvidenceSpan(at.word(), at.stem(), start, end));
        }
        return spans;
    }

    /**
     * Every place in the proposal's point (title, then claims, then each framing's quotes, in model order) where one
     * of its evidence words (by stem) stands; {@link PointEvidence} says which text and how offsets count. Empty when
     * the point is not in the model.
     */
    public List<PointEvidence> pointEvidence(Proposal proposal) {
        Set<String> stems = stemsOf(proposal);
        List<PointEvidence> spans = new ArrayList<>();
        int index = indexOf(proposal.pointId());
        if (index < 0 || stems.isEmpty()) {
            return spans;
        }
        Point point = points.get(index);
        addPointSpans(spans, PointEvidence.Part.TITLE, null, 0, point.title(), stems);
        int claim = 0;
        for (Map.Entry<String, String> entry : point.claims().entrySet()) {
            addPointSpans(spans, PointEvidence.Part.CLAIM, entry.getKey(), claim++, entry.getValue(), stems);
        }
        for (org.parallax.model.Framing framing : point.framings()) {
            for (int q = 0; q < framing.quotes().size(); q++) {
                addPointSpans(spans, PointEvidence.Part.QUOTE, framing.source(), q, framing.quotes().get(q).text(),
                        stems);
            }
        }
        return spans;
    }

    private void addPointSpans(List<PointEvidence> spans, PointEvidence.Part part, String key, int index, String text,
                               Set<String> stems) {
        for (LexicalIndex.Occurrence at : lexical.occurrences(text, stems)) {
            int start = text.codePointCount(0, at.start());
            int end = start + text.codePointCount(at.start(), at.end());
            spans.add(new PointEvidence(part, key, index, at.word(), at.stem(), start, end));
        }
    }

    /** The proposal's evidence stems; for a proposal made without them, its evidence words stemmed again. */
    private Set<String> stemsOf(Proposal proposal) {
        if (!proposal.evidenceStems().isEmpty() || proposal.evidence().isEmpty()) {
            return new java.util.LinkedHashSet<>(proposal.evidenceStems());
        }
        return lexical.terms(String.join(" ", proposal.evidence())).surfaceByStem().keySet();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    public Model model() {
        return model;
    }
}
