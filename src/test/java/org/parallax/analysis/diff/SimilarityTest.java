package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.io.ModelLoader;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

import java.util.List;

class SimilarityTest {
    private static final TextComparer COMPARER = new TextComparer(Lexicons.bundled());

    @Test
    void identicalTextsScoreOneAndDisjointTextsZero() {
        assertThat(COMPARER.similarity("Labs train models.", "labs train models.")).isEqualTo(1.0);
        assertThat(COMPARER.similarity("alpha beta", "gamma delta")).isEqualTo(0.0);
        assertThat(COMPARER.similarity("", "")).isEqualTo(1.0);
        assertThat(COMPARER.similarity("", "something")).isEqualTo(0.0);
    }

    @Test
    void meanOfWordSetOverlapAndAlignedShare() {
        // words {a, b, c} vs {a, b, d}: Jaccard 2/4; tokens aligned 2 of 3 on each side: 4/6
        assertThat(COMPARER.similarity("a b c", "a b d")).isCloseTo((0.5 + 4.0 / 6.0) / 2, within(1e-9));
    }

    @Test
    void orderMattersThroughTheAlignedShare() {
        double sameOrder = COMPARER.similarity("one two three four", "one two three five");
        double shuffled = COMPARER.similarity("one two three four", "four three two one");
        assertThat(shuffled).isLessThan(1.0);
        assertThat(COMPARER.similarity("one two three four", "one two three four")).isGreaterThan(shuffled);
        assertThat(sameOrder).isBetween(0.0, 1.0);
    }

    @Test
    void matrixOfAPointsFramingsAndTheMostDifferentPair() {
        Point point = new Point("p", "t", "P", null, List.of(
                framing("c", "Labs train on a few thousand chips in Ruritania."),
                framing("a", "Labs train on a few thousand chips."),
                framing("b", "Nobody knows what the state pays for.")));
        Model model = new Model(1, "m", List.of(), List.of(), List.of(
                source("a"), source("b"), source("c")), List.of(point));
        SimilarityMatrix matrix = new FramingSimilarity(COMPARER).of(model, point);
        assertThat(matrix.sources()).containsExactly("a", "b", "c");
        assertThat(matrix.get(0, 0)).isEqualTo(1.0);
        assertThat(matrix.get("a", "c")).isEqualTo(matrix.get("c", "a")).isGreaterThan(matrix.get("a", "b"));
        assertThat(matrix.mostDifferentPair()).isPresent().get().isIn(new SourcePair("a", "b"),
                new SourcePair("b", "c"));
    }

    @Test
    void aPointWithOneFramingHasNoPair() {
        Model model = new ModelLoader().load(Path.of("src/test/resources/models/small.json")).model();
        Point point = model.point("state-funding").orElseThrow();
        SimilarityMatrix matrix = new FramingSimilarity(COMPARER).of(model, point);
        assertThat(matrix.size()).isEqualTo(1);
        assertThat(matrix.mostDifferentPair()).isEmpty();
    }

    private static Framing framing(String source, String text) {
        return new Framing(source, null, null, null, null, List.of(new Quote(text, 0, text.length(), null)));
    }

    private static org.parallax.model.Source source(String id) {
        return new org.parallax.model.Source(id, id, null, null, org.parallax.model.SourceKind.ORIGINAL, "en", null,
                null, null, null, null);
    }
}
