package org.parallax.io.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * Generates a synthetic model and the article texts behind it, deterministically from a seed: the
 * quotes are whole sentences of their article at exact code-point offsets, each article's sha256 is
 * set, points have several framings from distinct sources with varied stances, certainties and sides.
 *
 * <p>Everything is drawn from one {@link Random} in a fixed order (its algorithm is specified by the
 * JDK, so a seed means the same corpus on every JVM); no hash-ordered collection decides anything.
 */
public final class ModelGenerator {
    private static final LocalDate FIRST_PUBLISHED = LocalDate.of(2019, 1, 1);
    private static final Stance[] STANCES = Stance.values();
    private static final Certainty[] CERTAINTIES = Certainty.values();
    private static final SourceKind[] DERIVED_KINDS =
            {SourceKind.TRANSLATION, SourceKind.SUMMARY, SourceKind.REWRITE, SourceKind.COMMENTARY};

    public GeneratedCorpus generate(GeneratorSettings settings) {
        Random random = new Random(settings.seed());
        Prose prose = new Prose(random);
        List<Side> sides = sides();
        List<Theme> themes = themes(settings.themes(), prose);
        List<SourcePlan> sources = planSources(settings.sources(), prose);
        List<PointPlan> points = planPoints(settings, themes, sources, sides, prose);

        List<GeneratedCorpus.SourceFile> files = new ArrayList<>(sources.size());
        List<Source> modelSources = new ArrayList<>(sources.size());
        for (SourcePlan source : sources) {
            String text = writeArticle(source, prose);
            files.add(new GeneratedCorpus.SourceFile(source.file, text));
            modelSources.add(new Source(source.id, source.title, source.author, source.publisher, source.kind,
                    "en", "https://example.org/articles/" + source.id, source.published, source.derivedFrom,
                    source.file, sha256(text)));
        }
        List<Point> modelPoints = new ArrayList<>(points.size());
        for (PointPlan point : points) {
            modelPoints.add(point.toPoint());
        }
        String title = "Synthetic corpus: " + settings.quotes() + " quotes, " + settings.sources() + " sources, seed "
                + settings.seed();
        Model model = new Model(Model.SCHEMA_VERSION, title, sides, themes, modelSources, modelPoints);
        return new GeneratedCorpus(model, files);
    }

    private static List<Side> sides() {
        List<Side> sides = new ArrayList<>();
        for (String label : Lexicon.SIDE_LABELS.subList(0, 2)) {
            sides.add(new Side(slug(label), label));
        }
        return sides;
    }

    private static List<Theme> themes(int count, Prose prose) {
        List<Theme> themes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = Lexicon.THEME_LABELS.get(i % Lexicon.THEME_LABELS.size());
            int round = i / Lexicon.THEME_LABELS.size();
            String label = round == 0 ? base : base + " " + (round + 1);
            themes.add(new Theme(slug(label), label, prose.sentence()));
        }
        return themes;
    }

    private static List<SourcePlan> planSources(int count, Prose prose) {
        List<SourcePlan> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SourcePlan source = new SourcePlan();
            source.publisher = prose.any(Lexicon.PUBLISHERS);
            source.id = slug(source.publisher) + "-" + (i + 1);
            source.title = prose.title();
            source.author = prose.chance(0.85) ? prose.any(Lexicon.NAMES) : null;
            source.published = FIRST_PUBLISHED.plusDays(prose.between(0, 2_500));
            source.file = String.format(Locale.ROOT, "%04d_%s.txt", i + 1, source.id);
            // Most articles are originals; the rest retell an earlier one (earlier, so no cycles).
            if (i > 0 && prose.chance(0.35)) {
                source.kind = DERIVED_KINDS[prose.between(0, DERIVED_KINDS.length - 1)];
                source.derivedFrom = sources.get(prose.between(0, i - 1)).id;
            } else {
                source.kind = SourceKind.ORIGINAL;
            }
            sources.add(source);
        }
        return sources;
    }

    private static List<PointPlan> planPoints(GeneratorSettings settings, List<Theme> themes,
                                              List<SourcePlan> sources, List<Side> sides, Prose prose) {
        List<PointPlan> points = new ArrayList<>();
        int remaining = settings.quotes();
        while (remaining > 0) {
            PointPlan point = new PointPlan();
            String title = prose.title();
            point.id = slug(firstWords(title, 4)) + "-" + (points.size() + 1);
            point.theme = themes.get(prose.between(0, themes.size() - 1)).id();
            point.title = title;
            point.mainSide = sides.get(prose.between(0, sides.size() - 1)).id();
            for (Side side : sides) {
                if (side.id().equals(point.mainSide) || prose.chance(0.5)) {
                    point.claims.put(side.id(), prose.sentence());
                }
            }
            int framings = Math.min(framingCount(prose), sources.size());
            for (int source : distinctSources(framings, sources.size(), prose)) {
                if (remaining == 0) {
                    break;
                }
                FramingPlan framing = new FramingPlan(point, sources.get(source));
                framing.quoteCount = Math.min(remaining, quoteCount(prose));
                remaining -= framing.quoteCount;
                framing.stance = prose.chance(0.05) ? null : STANCES[prose.between(0, STANCES.length - 1)];
                framing.certainty =
                        prose.chance(0.05) ? null : CERTAINTIES[prose.between(0, CERTAINTIES.length - 1)];
                framing.frame = prose.chance(0.03) ? null : prose.title() + ".";
                framing.speaker = prose.chance(0.03) ? "editor" : null;
                point.framings.add(framing);
                sources.get(source).framings.add(framing);
            }
            points.add(point);
        }
        return points;
    }

    /** 1 to 5 framings, mostly 2 or 3: points are what several articles make. */
    private static int framingCount(Prose prose) {
        double u = prose.between(0, 99);
        return u < 12 ? 1 : u < 47 ? 2 : u < 77 ? 3 : u < 93 ? 4 : 5;
    }

    /** 1 to 3 quotes per framing, mostly one. */
    private static int quoteCount(Prose prose) {
        int u = prose.between(0, 99);
        return u < 55 ? 1 : u < 85 ? 2 : 3;
    }

    /** {@code count} distinct indices below {@code bound}, in the order drawn. */
    private static int[] distinctSources(int count, int bound, Prose prose) {
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            int candidate;
            boolean taken;
            do {
                candidate = prose.between(0, bound - 1);
                taken = false;
                for (int j = 0; j < i; j++) {
                    taken |= chosen[j] == candidate;
                }
            } while (taken);
            chosen[i] = candidate;
        }
        return chosen;
    }

    /** The article: a header, then its quotes in point order with filler sentences between them. */
    private static String writeArticle(SourcePlan source, Prose prose) {
        ArticleBuilder article = new ArticleBuilder(prose);
        String byline = (source.author == null ? "Staff" : "By " + source.author) + " \u00B7 " + source.publisher
                + " \u00B7 " + source.published;
        article.header(source.title, byline);
        article.filler(prose.between(1, 4));
        for (FramingPlan framing : source.framings) {
            for (int i = 0; i < framing.quoteCount; i++) {
                ArticleBuilder.Excerpt excerpt = article.excerpt(prose.between(1, 100) <= 60 ? 1
                        : prose.chance(0.75) ? 2 : 3);
                framing.quotes.add(new Quote(excerpt.text(), excerpt.start(), excerpt.end(),
                        quoteSide(framing.point, prose)));
                article.filler(prose.between(0, 3));
            }
        }
        article.filler(prose.between(2, 6));
        return article.finish();
    }

    /** Mostly the side the point is about, sometimes the other, sometimes neither (null). */
    private static String quoteSide(PointPlan point, Prose prose) {
        int u = prose.between(0, 99);
        if (u < 70) {
            return point.mainSide;
        }
        if (u < 85) {
            for (String side : point.claims.keySet()) {
                if (!side.equals(point.mainSide)) {
                    return side;
                }
            }
            return point.mainSide;
        }
        return null;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** A slug of the text ({@code [a-z0-9]+(-[a-z0-9]+)*}): accents dropped, anything else a hyphen. */
    static String slug(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return bare.isEmpty() ? "x" : bare;
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split(" ");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(count, words.length)));
    }

    private static final class SourcePlan {
        String id;
        String title;
        String author;
        String publisher;
        SourceKind kind;
        String derivedFrom;
        LocalDate published;
        String file;
        final List<FramingPlan> framings = new ArrayList<>();
    }

    private static final class PointPlan {
        String id;
        String theme;
        String title;
        String mainSide;
        final Map<String, String> claims = new LinkedHashMap<>();
        final List<FramingPlan> framings = new ArrayList<>();

        Point toPoint() {
            List<Framing> result = new ArrayList<>(framings.size());
            for (FramingPlan framing : framings) {
                result.add(new Framing(framing.source.id, framing.speaker, framing.stance, framing.certainty,
                        framing.frame, framing.quotes));
            }
            return new Point(id, theme, title, claims, result);
        }
    }

    private static final class FramingPlan {
        final PointPlan point;
        final SourcePlan source;
        int quoteCount;
        Stance stance;
        Certainty certainty;
        String frame;
        String speaker;
        final List<Quote> quotes = new ArrayList<>();

        FramingPlan(PointPlan point, SourcePlan source) {
            this.point = point;
            this.source = source;
        }
    }
}
