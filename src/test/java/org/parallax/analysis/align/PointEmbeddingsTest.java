package org.parallax.analysis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;

class PointEmbeddingsTest {
    static Model model(String secondTitle) {
        Source source = new Source("a", "A", null, null, SourceKind.ORIGINAL, null, null, null, null, "a.txt", null);
        Point one = new Point("chips", "compute", "Chips are scarce", Map.of("x", "Xland lacks chips"),
                List.of(new Framing("a", null, null, null, null, List.of(new Quote("We need chips.", 0, 14, null)))));
        Point two = new Point("talent", "compute", secondTitle, Map.of(), List.of());
        return new Model(1, "T", List.of(new Side("x", "Xland"), new Side("y", "Yland")),
                List.of(new Theme("compute", "Compute", null)), List.of(source), List.of(one, two));
    }

    static final class MapCache implements VectorCache {
        final Map<String, float[]> vectors = new HashMap<>();

        @Override
        public float[] get(String key) {
            return vectors.get(key);
        }

        @Override
        public void put(String key, float[] vector) {
            vectors.put(key, vector);
        }
    }

    @Test
    void onlyWhatChangedIsEmbeddedAgain() {
        CountingEmbedder embedder = new CountingEmbedder();
        MapCache cache = new MapCache();
        List<long[]> progress = new ArrayList<>();
        PointEmbeddings first = PointEmbeddings.build(model("Students do the work"), embedder, cache,
                (done, total) -> progress.add(new long[] {done, total}), () -> false);
        assertThat(embedder.embedded).isEqualTo(3); // two summaries and one point's quotes (the other has none)
        assertThat(first.summary("chips")).isNotNull();
        assertThat(first.quotes("talent")).isNull();
        assertThat(progress.get(progress.size() - 1)).containsExactly(3, 3);

        PointEmbeddings second = PointEmbeddings.build(model("Students do most of the work"), embedder, cache,
                (done, total) -> { }, () -> false);
        assertThat(embedder.embedded).isEqualTo(4); // the changed title alone
        assertThat(second.summary("chips")).isSameAs(first.summary("chips"));
    }

    @Test
    void aCancelledBuildStopsBetweenBatches() {
        CountingEmbedder embedder = new CountingEmbedder();
        assertThat(PointEmbeddings.build(model("x"), embedder, VectorCache.none(), (d, t) -> { }, () -> true)).isNull();
        assertThat(embedder.embedded).isZero();
    }

    @Test
    void meaningTakesPartInTheScoreWhenVectorsAreGiven() {
        Model model = model("Students do the work");
        CountingEmbedder embedder = new CountingEmbedder();
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder, VectorCache.none(), (d, t) -> { }, () -> false);
        Aligner aligner = new Aligner(model, new LexicalIndex(model), embedder, vectors);
        assertThat(aligner.usesMeaning()).isTrue();
        Alignment alignment = aligner.align("Xland lacks chips, we need chips.\n\nSomething else entirely.", 0.3);
        assertThat(alignment.usedMeaning()).isTrue();
        assertThat(alignment.proposals()).first().satisfies(p -> {
            assertThat(p.pointId()).isEqualTo("chips");
            assertThat(p.semantic()).isGreaterThan(0.5);
            assertThat(p.evidence()).contains("chips");
        });
        assertThat(alignment.proposals()).noneMatch(p -> p.paragraph().index() == 1);
    }

    @Test
    void anArticleThatRepeatsASentenceEmbedsItOnceAndGetsTheSameProposals() {
        Model model = model("Students do the work");
        CountingEmbedder embedder = new CountingEmbedder();
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder, VectorCache.none(), (d, t) -> { }, () -> false);
        Aligner aligner = new Aligner(model, new LexicalIndex(model), embedder, vectors);
        embedder.embedded = 0;
        Alignment once = aligner.align("Xland lacks chips. Students do the work.\n\nThe weather was fine.");
        int distinct = embedder.embedded;
        embedder.embedded = 0;
        Alignment twice = aligner.align("Xland lacks chips. Students do the work.\n\nThe weather was fine.\n\n"
                + "Xland lacks chips. Students do the work.");
        assertThat(distinct).isEqualTo(3);
        assertThat(embedder.embedded).isEqualTo(3);
        assertThat(twice.proposals().stream().filter(p -> p.paragraph().index() == 2).map(Proposal::score).toList())
                .isEqualTo(once.proposals().stream().filter(p -> p.paragraph().index() == 0).map(Proposal::score)
                        .toList());
    }
}
