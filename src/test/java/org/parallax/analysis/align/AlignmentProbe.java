package org.parallax.analysis.align;

import java.nio.file.Path;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;

/** Prints the ranking of every paragraph of the held-out article (a development aid, not a test). */
public final class AlignmentProbe {
    public static void main(String[] args) throws Exception {
        Model model = new ModelLoader().load(Path.of("data/china-us-ai-labs.json")).model();
        Aligner aligner = new Aligner(model);
        String article = HeldOutKey.read(HeldOutKey.ARTICLE);
        HeldOutKey key = HeldOutKey.load();
        for (Paragraph paragraph : Paragraphs.split(article)) {
            System.out.println("== " + paragraph.text().substring(0, Math.min(40, paragraph.text().length())));
            aligner.rank(paragraph, aligner.paragraphVector(paragraph.text())).stream().limit(5).forEach(p ->
                    System.out.printf("   %.3f w=%.3f m=%.3f %s %s%n", p.score(), p.lexical(), p.semantic(),
                            p.pointId(), p.evidence()));
        }
        HeldOutKey.Measures m = key.measure(aligner, article, Aligner.DEFAULT_MIN_SCORE);
        System.out.println(m);
    }
}
