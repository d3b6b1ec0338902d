package org.parallax.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** A small deterministic builder of large models for the window's scale tests. */
final class GeneratedModels {
    private GeneratedModels() {
    }

    /**
     * {@code points} points over 4 themes and 5 sources; each source i makes point p when (p + i) % 5 != 0, with
     * {@code quotesPerFraming} quotes; the quote side alternates east/west.
     */
    static Model generate(int points, int quotesPerFraming) {
        List<Side> sides = List.of(new Side("east", "East"), new Side("west", "West"));
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            themes.add(new Theme("theme-" + t, "Theme " + t, null));
        }
        List<Source> sources = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            sources.add(new Source("source-" + s, "Source " + s, null, null, SourceKind.ORIGINAL, "en", null, null,
                    null, null, null));
        }
        Stance[] stances = Stance.values();
        List<Point> list = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            List<Framing> framings = new ArrayList<>();
            for (int s = 0; s < sources.size(); s++) {
                if ((p + s) % 5 == 0) {
                    continue;
                }
                List<Quote> quotes = new ArrayList<>();
                for (int q = 0; q < quotesPerFraming; q++) {
                    String text = "Quote " + q + " of point " + p + " by source " + s + ((p % 7 == 0) ? " mentions zebra" : "");
                    quotes.add(new Quote(text, q * 100, q * 100 + text.length(), q % 2 == 0 ? "east" : "west"));
                }
                framings.add(new Framing("source-" + s, null, stances[(p + s) % stances.length], Certainty.ASSERTED,
                        "frame " + p + "/" + s, quotes));
            }
            Map<String, String> claims = new LinkedHashMap<>();
            claims.put("east", "East claim " + p);
            claims.put("west", "West claim " + p);
            list.add(new Point("point-" + p, "theme-" + (p % 4), "Point number " + p, claims, framings));
        }
        return new Model(Model.SCHEMA_VERSION, "Generated", sides, themes, sources, list);
    }
}
