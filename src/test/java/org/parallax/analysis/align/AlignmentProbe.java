package org.parallax.analysis.align;

import java.nio.file.Path;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;

/**
 * Prints the ranking of every paragraph of a held-out article and its measures (a development aid, not a test).
 * Arguments: {@code first|second} (default first), {@code words|meaning} (default meaning).
 */
public final class AlignmentProbe {
    public static void main(String[] args) throws Exception {
        boolean second = args.length > 0 && args[0].equals("second");
        boolean meaning = args.length < 2 || args[1].equals("meaning");
        Model model = new ModelLoader().load(Path.of("data/china-us-ai-labs.json")).model();
        Aligner aligner = new Aligner(model);
        if (meaning) {
            Embedder embedder = new EncoderEmbedder(Encoders.sharedNow().get().orElseThrow());
            PointEmbeddings vectors = PointEmbeddings.build(model, embedder, VectorCache.none(), (d, t) -> { },
                    () -> false);
            aligner = new Aligner(model, new LexicalIndex(model), embedder, vectors);
        }
        String article = HeldOutKey.read(second ? HeldOutKey.SECOND_ARTICLE : HeldOutKey.ARTICLE);
        HeldOutKey key = second ? HeldOutKey.loadSecond() : HeldOutKey.load();
        for (Paragraph paragraph : Paragraphs.split(article)) {
            String text = paragraph.text();
            String opening = text.substring(0, Math.min(40, text.length()));
            System.out.println("== " + opening + "   key: " + key.pointsByOpening.entrySet().stream()
                    .filter(e -> text.startsWith(e.getKey())).map(e -> e.getValue().toString()).findFirst()
                    .orElse(key.unrelated.stream().anyMatch(text::startsWith) ? "none"
                            : key.newPoint.stream().anyMatch(text::startsWith) ? "new" : "-"));
            var ranked = aligner.rank(paragraph, aligner.paragraphVector(text));
            System.out.printf("   compares=%s best=%.3f%n", new SideMentions(model).comparesSides(text),
                    ranked.isEmpty() ? 0 : ranked.get(0).score());
            ranked.stream().limit(5).forEach(p ->
                    System.out.printf("   %.3f w=%.3f m=%.3f %s %s%n", p.score(), p.lexical(), p.semantic(),
                            p.pointId(), p.evidence()));
        }
        for (double threshold : new double[] {0.35, 0.40, 0.45, 0.50, 0.55}) {
            HeldOutKey.Measures m = key.measure(aligner, article, threshold);
            System.out.printf("threshold %.2f: recall@3 %d/%d=%.2f proposed %d correct %d precision %.2f recall %.2f"
                            + " unrelated %d%n", threshold, m.foundInTopThree(), m.keyPairs(), m.recallTopThree(),
                    m.proposed(), m.proposedCorrect(), m.precision(), m.recallAboveThreshold(),
                    m.unrelatedProposals());
            if (threshold == Aligner.DEFAULT_MIN_SCORE) {
                System.out.println("   missed: " + m.missed());
                System.out.println("   new point?: " + aligner.align(article, threshold).newPointCandidates().stream()
                        .map(p -> p.text().substring(0, 20)).toList() + " key: " + key.newPoint);
            }
        }
    }
}
