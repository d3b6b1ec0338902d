package org.parallax.analysis.filter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
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

/** Test models: the hand-written small.json, and generated models of any size (seeded, so repeatable). */
public final class SyntheticModels {
    private static final String[] WORDS = {"labs", "compute", "talent", "students", "données", "Zürich",
            "chips", "“open”", "weights", "state", "funding", "vendors", "rumour", "roughly", "dozens", "naïve",
            "export", "controls", "clusters", "accelerators", "peers", "industry", "grants", "policy"};

    private SyntheticModels() {
    }

    public static Model small() {
        LoadResult loaded = new ModelLoader().load(Path.of("src/test/resources/models/small.json"));
        return loaded.modelIfValid().orElseThrow(() -> new AssertionError(loaded.problems()));
    }

    /** A model of {@code quotes} quotes over 8 themes, 6 sources, 2 sides, about 2 quotes per framing. */
    public static Model generated(int quotes, long seed) {
        Random random = new Random(seed);
        List<Side> sides = List.of(new Side("east", "East"), new Side("west", "West"));
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            themes.add(new Theme("theme-" + t, "Theme " + t, null));
        }
        List<Source> sources = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            sources.add(new Source("source-" + s, "Source " + s, "Author " + s, "Publisher " + s,
                    SourceKind.ORIGINAL, "en", null, null, null, null, null));
        }
        List<Point> points = new ArrayList<>();
        int made = 0;
        int pointNumber = 0;
        while (made < quotes) {
            List<Framing> framings = new ArrayList<>();
            for (int s = 0; s < sources.size() && made < quotes; s++) {
                if (random.nextInt(3) == 0) {
                    continue; // a blind spot
                }
                List<Quote> quoteList = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int q = 0; q < count && made < quotes; q++, made++) {
                    String text = sentence(random, 25 + random.nextInt(30));
                    String side = random.nextInt(5) == 0 ? null : sides.get(random.nextInt(2)).id();
                    quoteList.add(new Quote(text, made * 400, made * 400 + text.codePointCount(0, text.length()), side));
                }
                if (!quoteList.isEmpty()) {
                    framings.add(new Framing("source-" + s, null, Stance.values()[random.nextInt(4)],
                            Certainty.values()[random.nextInt(4)], sentence(random, 8), quoteList));
                }
            }
            Map<String, String> claims = new LinkedHashMap<>();
            claims.put("east", sentence(random, 10));
            claims.put("west", sentence(random, 10));
            points.add(new Point("point-" + pointNumber, "theme-" + random.nextInt(themes.size()),
                    sentence(random, 6), claims, framings));
            pointNumber++;
        }
        return new Model(1, "Generated " + quotes, sides, themes, sources, points);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(10) == 0) {
                text.append(random.nextInt(100_000));
            }
        }
        return text.append('.').toString();
    }
}
