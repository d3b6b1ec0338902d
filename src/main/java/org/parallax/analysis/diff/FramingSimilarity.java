package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;

/** Pairwise similarity of a point's framings (each framing's joined quotes), in the model's source order. */
public final class FramingSimilarity {
    private final TextComparer comparer;

    public FramingSimilarity(TextComparer comparer) {
        this.comparer = comparer;
    }

    public SimilarityMatrix of(Model model, Point point) {
        List<Framing> framings = new ArrayList<>(point.framings());
        framings.sort((a, b) -> Integer.compare(model.sourceIndex(a.source()), model.sourceIndex(b.source())));
        List<String> sources = new ArrayList<>();
        List<Passage> texts = new ArrayList<>();
        for (Framing framing : framings) {
            if (!sources.contains(framing.source())) {
                sources.add(framing.source());
                texts.add(Passage.of(framing));
            }
        }
        double[][] values = new double[sources.size()][sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            values[i][i] = 1.0;
            for (int j = i + 1; j < sources.size(); j++) {
                double similarity = comparer.similarity(texts.get(i), texts.get(j));
                values[i][j] = similarity;
                values[j][i] = similarity;
            }
        }
        return new SimilarityMatrix(sources, values);
    }
}
