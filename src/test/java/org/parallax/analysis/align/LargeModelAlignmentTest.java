package org.parallax.analysis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.io.generate.GeneratedCorpus;
import org.parallax.io.generate.GeneratorSettings;
import org.parallax.io.generate.ModelGenerator;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

/**
 * Beyond {@value Aligner#EXACT_LIMIT} points the aligner prefilters by meaning and leaves common stems out of its
 * queries: a paragraph holding a point's quote still finds that point first.
 */
class LargeModelAlignmentTest {
    @Test
    void aQuotedParagraphOfALargeModelFindsItsPoint() {
        GeneratedCorpus corpus = new ModelGenerator().generate(GeneratorSettings.forQuotes(10_000).withSeed(3));
        Model model = corpus.model();
        assertThat(model.points().size()).isGreaterThan(Aligner.EXACT_LIMIT);
        CountingEmbedder embedder = new CountingEmbedder();
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder, VectorCache.none(), (d, t) -> { }, () -> false);
        Aligner aligner = new Aligner(model, new LexicalIndex(model), embedder, vectors);
        int found = 0;
        List<Point> sample = model.points().subList(0, 20);
        for (Point point : sample) {
            Framing framing = point.framings().get(0);
            Quote quote = framing.quotes().get(0);
            Alignment alignment = aligner.align(quote.text(), 0.0);
            assertThat(alignment.usedMeaning()).isTrue();
            List<String> top = alignment.proposals().stream().limit(3).map(Proposal::pointId).toList();
            if (top.contains(point.id())) {
                found++;
            }
        }
        assertThat(found).as("points found in the top three for their own quotes").isGreaterThanOrEqualTo(12); // 15 of 20 measured; generated quotes share most words
    }

    @Test
    void aLongArticleGetsTheSameProposalsAsItsParagraphsOneByOne() {
        GeneratedCorpus corpus = new ModelGenerator().generate(GeneratorSettings.forQuotes(10_000).withSeed(5));
        Model model = corpus.model();
        CountingEmbedder embedder = new CountingEmbedder();
        PointEmbeddings vectors = PointEmbeddings.build(model, embedder, VectorCache.none(), (d, t) -> { }, () -> false);
        Aligner aligner = new Aligner(model, new LexicalIndex(model), embedder, vectors);
        StringBuilder article = new StringBuilder();
        for (Point point : model.points().subList(0, Aligner.PREFILTER_BLOCK + 6)) { // more than one block
            article.append(point.framings().get(0).quotes().get(0).text()).append("\n\n");
        }
        Alignment alignment = aligner.align(article.toString(), 0.0);
        assertThat(alignment.paragraphs()).hasSizeGreaterThan(Aligner.PREFILTER_BLOCK);
        for (Paragraph paragraph : alignment.paragraphs()) {
            List<Proposal> alone = aligner.rank(paragraph, aligner.paragraphVector(paragraph.text())).stream()
                    .limit(Aligner.MAX_PER_PARAGRAPH).toList();
            assertThat(alignment.proposalsFor(paragraph)).as(paragraph.text()).isEqualTo(alone);
        }
    }
}
