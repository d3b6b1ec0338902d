package org.parallax.io.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.io.SourceText;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

/** A small model whose texts hold an emoji, CJK and CRLF line ends, with verbatim quotes at their offsets. */
final class ExchangeFixtures {
    static final String ALPHA = "Alpha Weekly 🚀 reports: labs train on 50,000 chips.\r\nStudents 学生 are core contributors.\r\n";
    static final String BETA = "Beta blog says the labs are months behind.\nData firms sell labelled text.\n";

    private ExchangeFixtures() {
    }

    static Model model() {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("ruritania", "Ruritanian labs train on tens of thousands of chips");
        claims.put("elbonia", "Elbonian labs have more");
        Quote chips = quote(ALPHA, "labs train on 50,000 chips", "ruritania");
        Quote students = quote(ALPHA, "Students 学生 are core contributors", null);
        students = new Quote(students.text(), students.start(), students.end(), null, 1);
        Quote behind = quote(BETA, "the labs are months behind", "elbonia");
        Quote data = quote(BETA, "Data firms sell labelled text", null);
        return new Model(1, "Ruritania & Elbonia <compared>",
                List.of(new Side("ruritania", "Ruritania"), new Side("elbonia", "Elbonia")),
                List.of(new Theme("compute", "Compute", "Chips and clusters"), new Theme("talent", "Talent", null)),
                List.of(new Source("alpha-weekly", "Alpha Weekly on the chip race", "A. Writer", "Alpha Weekly",
                                SourceKind.ORIGINAL, "en", "https://example.org/alpha", LocalDate.of(2025, 3, 1),
                                null, "alpha.txt", sha(ALPHA), "Alpha"),
                        new Source("beta-blog", "Beta's view", null, null, SourceKind.TRANSLATION, null, null,
                                null, "gamma-post", "beta.txt", sha(BETA)),
                        new Source("gamma-post", "The original post", null, null, SourceKind.ORIGINAL, "zh", null,
                                null, null, null, null)),
                List.of(new Point("chip-count", "compute", "How many chips labs train on", claims,
                                List.of(new Framing("alpha-weekly", null, Stance.ADVANTAGE, Certainty.REPORTED,
                                        "Counts the chips", List.of(chips)))),
                        new Point("months-behind", "compute", "Months behind the frontier", Map.of(),
                                List.of(new Framing("beta-blog", "editor", Stance.CONSTRAINT, null,
                                        "Behind, says the editor\nsecond line", List.of(behind),
                                        "Overstates the attribution.\nStance: not a key"))),
                        new Point("students", "talent", "Students are core contributors", Map.of(),
                                List.of(new Framing("alpha-weekly", null, null, null, null, List.of(students)),
                                        new Framing("beta-blog", null, Stance.MIXED, Certainty.HEDGED, null,
                                                List.of(data)))),
                        new Point("data-industry", "talent", "A data industry", Map.of(), List.of())));
    }

    static String sha(String text) {
        return org.parallax.io.SourceFolder.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Quote quote(String text, String excerpt, String side) {
        int at = text.indexOf(excerpt);
        int start = text.codePointCount(0, at);
        return new Quote(excerpt, start, start + excerpt.codePointCount(0, excerpt.length()), side);
    }

    static Map<String, SourceText> texts() {
        return Map.of("alpha-weekly", new SourceText(ALPHA), "beta-blog", new SourceText(BETA));
    }

    static byte[] qdpx(Model model, Map<String, SourceText> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdpxWriter.write(model, texts, out);
        return out.toByteArray();
    }

    /** The REFI-QDA schema in the shared folder beside the repository. */
    static Path projectXsd() {
        return Path.of("..", "shared", "standards", "refi-qda", "Project.xsd");
    }
}
