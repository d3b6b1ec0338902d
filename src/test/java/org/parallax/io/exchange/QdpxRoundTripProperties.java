package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.parallax.io.SourceFolder;
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

/**
 * Parallax -> .qdpx -> Parallax gives an equal model, for generated models whose texts mix emoji (two UTF-16 units
 * each), CJK, accents, typographic quotes and CRLF/LF line ends, and whose names carry XML's special characters and
 * line breaks.
 */
class QdpxRoundTripProperties {
    private static final String[] WORDS = {"labs", "chips", "学生", "数据", "🚀", "naïve", "—", "“quoted”", "50,000",
        "😀x", "Ωmega", "&", "<tag>", "\"q\"", "data", "港"};
    private static final String[] BREAKS = {" ", " ", " ", "\r\n", "\n", ", ", ". "};

    @Property(tries = 60)
    void roundTripGivesAnEqualModel(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws Exception {
        Random random = new Random(seed);
        Map<String, SourceText> texts = new HashMap<>();
        Model model = generate(random, texts);
        Path dir = Files.createTempDirectory("qdpx-property");
        try {
            Path qdpx = dir.resolve("p.qdpx");
            Files.write(qdpx, ExchangeFixtures.qdpx(model, texts));
            ImportResult imported = new RefiImporter().importFile(qdpx);
            assertThat(imported.problems()).isEmpty();
            assertThat(imported.model()).isEqualTo(model);
            for (ImportedText text : imported.texts()) {
                String id = model.sources().stream().filter(s -> text.fileName().equals(s.file())).findFirst()
                        .orElseThrow().id();
                assertThat(new String(text.bytes(), StandardCharsets.UTF_8)).isEqualTo(texts.get(id).text());
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Model generate(Random random, Map<String, SourceText> texts) {
        List<Side> sides = new ArrayList<>();
        String[] sideLabels = {"China", "United States", "中国", "Ruritania & Co"};
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            sides.add(new Side("side" + i, sideLabels[i]));
        }
        List<Theme> themes = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            themes.add(new Theme("theme" + i, phrase(random, 1 + random.nextInt(3)),
                    random.nextBoolean() ? null : phrase(random, 4)));
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String text = text(random);
            String file = "s" + i + ".txt";
            sources.add(new Source("source" + i, phrase(random, 2), random.nextBoolean() ? null : "A. Writer",
                    random.nextBoolean() ? null : "Weekly <b>", SourceKind.values()[random.nextInt(5)],
                    random.nextBoolean() ? null : "en", null, random.nextBoolean() ? null : LocalDate.of(2024, 1 + i, 2),
                    i > 0 && random.nextBoolean() ? "source0" : null, file,
                    SourceFolder.sha256(text.getBytes(StandardCharsets.UTF_8)),
                    random.nextBoolean() ? null : "Short " + i));
            texts.put("source" + i, new SourceText(text));
        }
        if (random.nextBoolean()) {
            sources.add(new Source("retold", "A work the corpus retells", null, null, SourceKind.ORIGINAL, null,
                    null, null, null, null, null));
        }
        List<Point> points = new ArrayList<>();
        for (int p = 0, n = random.nextInt(7); p < n; p++) {
            Map<String, String> claims = new LinkedHashMap<>();
            for (Side side : sides) {
                if (random.nextBoolean()) {
                    claims.put(side.id(), phrase(random, 3).toLowerCase(java.util.Locale.ROOT));
                }
            }
            List<Framing> framings = new ArrayList<>();
            for (int s = 0; s < sources.size(); s++) {
                SourceText text = texts.get(sources.get(s).id());
                if (text == null || random.nextInt(3) == 0) {
                    continue;
                }
                framings.add(new Framing(sources.get(s).id(),
                        random.nextInt(4) == 0 ? "editor" : null,
                        random.nextBoolean() ? null : Stance.values()[random.nextInt(4)],
                        random.nextBoolean() ? null : Certainty.values()[random.nextInt(4)],
                        random.nextBoolean() ? null : phrase(random, 5), quotes(random, text, sides),
                        random.nextBoolean() ? null : phrase(random, 6)));
            }
            if (random.nextBoolean()) {
                java.util.Collections.shuffle(framings, random); // framing order need not be source order
            }
            points.add(new Point("point" + p, themes.get(random.nextInt(themes.size())).id(), phrase(random, 3),
                    claims, framings));
        }
        return new Model(1, phrase(random, 3), sides, themes, sources, points);
    }

    private static List<Quote> quotes(Random random, SourceText text, List<Side> sides) {
        List<Quote> quotes = new ArrayList<>();
        Set<String> spans = new HashSet<>();
        int length = text.codePointCount();
        for (int q = 0, n = 1 + random.nextInt(3); q < n; q++) {
            int start = random.nextInt(length - 1);
            int end = start + 1 + random.nextInt(Math.min(40, length - start));
            if (spans.add(start + ":" + end)) {
                quotes.add(new Quote(text.slice(start, end), start, end,
                        sides.isEmpty() || random.nextBoolean() ? null : sides.get(random.nextInt(sides.size())).id(),
                        random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null));
            }
        }
        return quotes;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 20 + random.nextInt(60); i < n; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(BREAKS[random.nextInt(BREAKS.length)]);
        }
        return text.toString();
    }

    private static String phrase(Random random, int words) {
        StringBuilder phrase = new StringBuilder("X");
        for (int i = 0; i < words; i++) {
            phrase.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(8) == 0) {
            phrase.append("\nsecond line");
        }
        return phrase.toString();
    }
}
