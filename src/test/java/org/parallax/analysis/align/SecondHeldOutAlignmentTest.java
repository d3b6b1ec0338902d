package org.parallax.analysis.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.model.Model;

/**
 * The second held-out article (written with its key before the aligner ran on it; no constant was chosen on it, and
 * the first measure is the one docs/alignment.md reports) against the bundled model, and the "new point?" offer on
 * both held-out articles. The numbers are those docs/alignment.md reports; the test fails when they drop.
 */
class SecondHeldOutAlignmentTest {
    private static Model model;
    private static Aligner withMeaning;

    @BeforeAll
    static void build() {
        model = HeldOutAlignmentTest.bundled();
        var load = Encoders.sharedNow();
        assertThat(load.failure()).as("the sentence encoder loads").isEmpty();
        Embedder embedder = new EncoderEmbedder(load.get().orElseThrow());
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder, VectorCache.none(), (d, t) -> { }, () -> false);
        withMeaning = new Aligner(model, new LexicalIndex(model), embedder, vectors);
    }

    @Test
    void theAnswerKeyNamesPointsOfTheModelAndParagraphsOfTheArticle() throws Exception {
        HeldOutKey key = HeldOutKey.loadSecond();
        String article = HeldOutKey.read(HeldOutKey.SECOND_ARTICLE);
        assertThat(article.split("\\s+").length).isGreaterThanOrEqualTo(600);
        assertThat(key.unrelated).hasSizeGreaterThanOrEqualTo(2);
        assertThat(key.newPoint).hasSizeGreaterThanOrEqualTo(2);
        var paragraphs = Paragraphs.split(article);
        key.pointsByOpening.forEach((opening, points) -> {
            HeldOutKey.find(paragraphs, opening);
            assertThat(points).allSatisfy(point -> assertThat(model.point(point)).as(point).isPresent());
        });
        key.unrelated.forEach(opening -> HeldOutKey.find(paragraphs, opening));
        key.newPoint.forEach(opening -> HeldOutKey.find(paragraphs, opening));
    }

    @Test
    void wordsAndMeaningReachTheTargetsOnAnArticleNeverTunedOn() throws Exception {
        HeldOutKey.Measures measures = HeldOutKey.loadSecond().measure(withMeaning,
                HeldOutKey.read(HeldOutKey.SECOND_ARTICLE), Aligner.DEFAULT_MIN_SCORE);
        // docs/alignment.md, second article, words and meaning: 23 of 24 pairs in the top three (0.96),
        // 22 of 28 proposals right (0.79), 22 of 24 pairs at or above the threshold (0.92), none on unrelated text
        assertThat(measures.keyPairs()).isEqualTo(24);
        assertThat(measures.recallTopThree()).as(measures.missed().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(measures.precision()).isGreaterThanOrEqualTo(0.75);
        assertThat(measures.recallAboveThreshold()).isGreaterThanOrEqualTo(0.85);
        assertThat(measures.unrelatedProposals()).isZero();
    }

    @Test
    void wordsAloneFindMostOfTheKeyAndNothingInTheUnrelatedParagraphs() throws Exception {
        HeldOutKey.Measures measures = HeldOutKey.loadSecond().measure(new Aligner(model),
                HeldOutKey.read(HeldOutKey.SECOND_ARTICLE), Aligner.DEFAULT_MIN_SCORE);
        // docs/alignment.md, second article, words alone: 20 of 24 in the top three, 10 of 10 proposals right
        assertThat(measures.recallTopThree()).as(measures.missed().toString()).isGreaterThanOrEqualTo(0.80);
        assertThat(measures.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(measures.unrelatedProposals()).isZero();
    }

    @Test
    void comparisonsWithNoPointAreOfferedAsNewPointsOnBothArticles() throws Exception {
        for (String[] pair : new String[][] {{HeldOutKey.ARTICLE, HeldOutKey.KEY},
                {HeldOutKey.SECOND_ARTICLE, HeldOutKey.SECOND_KEY}}) {
            HeldOutKey key = HeldOutKey.load(pair[1]);
            Alignment alignment = withMeaning.align(HeldOutKey.read(pair[0]));
            var offered = alignment.newPointCandidates().stream().map(Paragraph::text).toList();
            // docs/alignment.md: all three such paragraphs offered; one paragraph that makes points is offered too
            assertThat(key.newPoint).as(pair[0]).allSatisfy(opening ->
                    assertThat(offered).anySatisfy(text -> assertThat(text).startsWith(opening)));
            assertThat(offered).as(pair[0]).noneSatisfy(text ->
                    assertThat(key.unrelated).anySatisfy(opening -> assertThat(text).startsWith(opening)));
            assertThat(offered.size() - key.newPoint.size()).as(pair[0]).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aComparisonThatNoPointMatchesWellIsOfferedAsANewPoint() {
        Alignment alignment = withMeaning.align(
                "Electricity is cheaper for Chinese labs than for American ones, whose data centres wait for the grid.",
                Aligner.DEFAULT_MIN_SCORE);
        assertThat(alignment.newPointCandidates()).hasSize(1);
        assertThat(alignment.proposals()).allSatisfy(p -> assertThat(p.score()).isLessThan(Aligner.NEW_POINT_BAR));
    }
}
