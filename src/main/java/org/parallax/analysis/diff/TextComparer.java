package org.parallax.analysis.diff;

/** Compares two texts: word diff, change classification and similarity in one call. Stateless, thread-safe. */
public final class TextComparer {
    private final WordDiffer differ;
    private final ChangeClassifier classifier;

    public TextComparer(Lexicons lexicons) {
        this(new WordDiffer(lexicons), new ChangeClassifier(lexicons));
    }

    public TextComparer(WordDiffer differ, ChangeClassifier classifier) {
        this.differ = differ;
        this.classifier = classifier;
    }

    public TextComparison compare(String from, String to) {
        return compare(Passage.of(from), Passage.of(to));
    }

    /** Compares two passages (a framing's quotes: {@link Passage#of(org.parallax.model.Framing)}). */
    public TextComparison compare(Passage from, Passage to) {
        WordDiff diff = differ.diff(from, to);
        return new TextComparison(diff, classifier.classify(diff), Similarity.of(diff));
    }

    /** Similarity only (word diff without classification), for matrices. */
    public double similarity(String from, String to) {
        return similarity(Passage.of(from), Passage.of(to));
    }

    /** Similarity of two passages only. */
    public double similarity(Passage from, Passage to) {
        return Similarity.of(differ.diff(from, to));
    }
}
