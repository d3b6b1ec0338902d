package org.parallax.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.SourceText;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Theme;

/**
 * The bundled model {@code data/china-us-ai-labs.json}: its structure (see docs/dataset.md) and a few facts
 * known from reading the three articles, so that a regression in the data (a lost framing, a figure quoted
 * from the wrong article, a quote grown into a paragraph) fails here. Checks that need the article texts run
 * only when the {@code parallax.sources} folder exists.
 */
class BundledDatasetTest {
    private static final Path MODEL_FILE = Path.of("data", "china-us-ai-labs.json");
    private static final Path DATASET_DOC = Path.of("docs", "dataset.md");
    private static final String TRANSLATION = "blockbeats-translation";
    private static final String NERDHEADZ = "nerdheadz-blog";
    private static final String REWRITE = "unsigned-rewrite";
    private static final String ORIGINAL = "lambert-notes";

    private static Model model;

    @BeforeAll
    static void load() {
        LoadResult result = new ModelLoader().load(MODEL_FILE);
        assertThat(result.problems()).as("problems loading %s", MODEL_FILE).isEmpty();
        model = result.model();
    }

    @Test
    void holdsTheRequiredThemesAndUsesEveryTheme() {
        Set<String> themeIds = model.themes().stream().map(Theme::id).collect(Collectors.toSet());
        assertThat(themeIds).contains("talent", "culture-organisation", "data-industry", "compute",
                "openness-ownership", "demand-market", "developer-tools", "government", "frontier-gap");
        Set<String> used = model.points().stream().map(Point::theme).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(themeIds);
        assertThat(model.themes()).allSatisfy(theme -> assertThat(theme.description()).isNotBlank());
    }

    @Test
    void hasAtLeast25PointsEachCoveredWithQuotedFramingsFromDistinctSources() {
        assertThat(model.points()).hasSizeGreaterThanOrEqualTo(25);
        for (Point point : model.points()) {
            assertThat(point.framings()).as("framings of %s", point.id()).isNotEmpty();
            List<String> sources = point.framings().stream().map(Framing::source).toList();
            assertThat(sources).as("sources framing %s", point.id()).doesNotHaveDuplicates();
            for (Framing framing : point.framings()) {
                assertThat(framing.quotes()).as("quotes of %s in %s", framing.source(), point.id()).isNotEmpty();
                assertThat(framing.stance()).as("stance of %s in %s", framing.source(), point.id()).isNotNull();
                assertThat(framing.certainty()).as("certainty of %s in %s", framing.source(), point.id())
                        .isNotNull();
                assertThat(framing.frame()).as("frame of %s in %s", framing.source(), point.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyArticleInTheCorpusMakesPointsAndTheOriginalHasNoFile() {
        for (String id : List.of(TRANSLATION, NERDHEADZ, REWRITE)) {
            long framed = model.points().stream().filter(p -> p.framingOf(id).isPresent()).count();
            assertThat(framed).as("points framed by %s", id).isGreaterThanOrEqualTo(20);
        }
        Source original = model.source(ORIGINAL).orElseThrow();
        assertThat(original.kind()).isEqualTo(SourceKind.ORIGINAL);
        assertThat(original.hasFile()).isFalse();
        assertThat(original.author()).isEqualTo("Nathan Lambert");
        Source translation = model.source(TRANSLATION).orElseThrow();
        assertThat(translation.kind()).isEqualTo(SourceKind.TRANSLATION);
        assertThat(translation.derivedFrom()).isEqualTo(ORIGINAL);
    }

    @Test
    void rlEnvironmentsPointCarriesEachArticlesFigureAndAngle() {
        Point point = model.point("rl-environments-in-house").orElseThrow();
        assertThat(point.framings()).extracting(Framing::source)
                .containsExactlyInAnyOrder(TRANSLATION, NERDHEADZ, REWRITE);
        assertThat(text(point, TRANSLATION)).contains("over $10 million on a single environment")
                .contains("building rather than buying");
        assertThat(text(point, NERDHEADZ)).contains("tens of millions").contains("not because they prefer it")
                .doesNotContain("$10 million");
        assertThat(text(point, REWRITE)).doesNotContain("million");
    }

    @Test
    void frontierLagFigureDriftsBetweenTranslationAndBlog() {
        Point point = model.point("months-behind-frontier").orElseThrow();
        assertThat(text(point, TRANSLATION)).contains("three to nine months");
        assertThat(text(point, NERDHEADZ)).contains("a few months behind");
        assertThat(point.framingOf(TRANSLATION).orElseThrow().certainty()).isEqualTo(Certainty.HEDGED);
    }

    @Test
    void claudeBanIsSoftenedAcrossTheRetellings() {
        Point point = model.point("claude-despite-ban").orElseThrow();
        assertThat(text(point, TRANSLATION)).contains("officially banned");
        assertThat(text(point, NERDHEADZ)).contains("nominally restricted");
        assertThat(text(point, REWRITE)).contains("official restrictions");
    }

    @Test
    void llamaRumourKeepsItsCertaintyOnlyInTheTranslation() {
        Point point = model.point("us-lab-politics").orElseThrow();
        assertThat(point.framingOf(TRANSLATION).orElseThrow().certainty()).isEqualTo(Certainty.RUMOR);
        assertThat(text(point, TRANSLATION)).contains("Llama");
        assertThat(point.framingOf(NERDHEADZ).orElseThrow().certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(text(point, NERDHEADZ)).doesNotContain("Llama");
    }

    @Test
    void editorsNoteFramingsNameTheEditorAsSpeaker() {
        Framing paths = model.point("two-development-paths").orElseThrow().framingOf(TRANSLATION).orElseThrow();
        assertThat(paths.speaker()).isEqualTo("editor");
        Framing students = model.point("students-core-contributors").orElseThrow()
                .framingOf(TRANSLATION).orElseThrow();
        assertThat(students.speaker()).isNull();
    }

    @Test
    void quotesAreVerbatimAtTheirOffsetsAndFilesMatchTheirChecksums() throws IOException {
        Path folder = sourcesFolder();
        for (Source source : model.sources()) {
            if (!source.hasFile()) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(folder.resolve(source.file()));
            assertThat(sha256(bytes)).as("sha256 of %s", source.file()).isEqualTo(source.sha256());
            SourceText text = new SourceText(new String(bytes, StandardCharsets.UTF_8));
            forEachQuote(source.id(), (point, quote) -> assertThat(text.slice(quote.start(), quote.end()))
                    .as("quote of %s in %s at [%d, %d)", source.id(), point.id(), quote.start(), quote.end())
                    .isEqualTo(quote.text()));
        }
    }

    @Test
    void eachArticleIsQuotedWellUnderHalf() throws IOException {
        Path folder = sourcesFolder();
        for (Source source : model.sources()) {
            if (!source.hasFile()) {
                continue;
            }
            String raw = Files.readString(folder.resolve(source.file()), StandardCharsets.UTF_8);
            int articleLength = new SourceText(raw).codePointCount();
            // Summed lengths, so a passage quoted twice counts twice: stricter than the covered share.
            long[] quoted = {0};
            forEachQuote(source.id(), (point, quote) -> quoted[0] += quote.length());
            double share = quoted[0] / (double) articleLength;
            assertThat(share).as("quoted share of %s", source.file()).isLessThan(0.45);
        }
    }

    @Test
    void quotesAreExcerptsNotParagraphs() {
        Set<String> tooLong = new HashSet<>();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                for (Quote quote : framing.quotes()) {
                    if (quote.text().codePointCount(0, quote.text().length()) > 320) {
                        tooLong.add(point.id() + "/" + framing.source());
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void paragraphMapNamesOnlyRealPointsAndListsEveryFramingOfItsArticle() throws IOException {
        Map<String, Map<Integer, Set<String>>> map = ParagraphMap.read(DATASET_DOC);
        Set<String> pointIds = model.points().stream().map(Point::id).collect(Collectors.toSet());
        for (Source source : model.sources()) {
            if (!source.hasFile()) {
                continue;
            }
            Map<Integer, Set<String>> lines = map.get(source.file());
            assertThat(lines).as("map section for %s", source.file()).isNotNull();
            Set<String> mapped = new HashSet<>();
            lines.values().forEach(mapped::addAll);
            assertThat(pointIds).as("point ids named in the map of %s", source.file()).containsAll(mapped);
            Set<String> framed = model.points().stream().filter(p -> p.framingOf(source.id()).isPresent())
                    .map(Point::id).collect(Collectors.toSet());
            assertThat(mapped).as("points %s frames, in its map", source.id()).containsAll(framed);
        }
    }

    @Test
    void paragraphMapCoversEveryLineAndEveryQuoteSitsOnALineMappedToItsPoint() throws IOException {
        Path folder = sourcesFolder();
        Map<String, Map<Integer, Set<String>>> map = ParagraphMap.read(DATASET_DOC);
        for (Source source : model.sources()) {
            if (!source.hasFile()) {
                continue;
            }
            SourceText text = new SourceText(Files.readString(folder.resolve(source.file()), StandardCharsets.UTF_8));
            Map<Integer, Set<String>> lines = map.get(source.file());
            String[] fileLines = text.text().split("\n", -1);
            for (int i = 0; i < fileLines.length; i++) {
                if (!fileLines[i].isBlank()) {
                    assertThat(lines).as("map of %s", source.file()).containsKey(i + 1);
                }
            }
            forEachQuote(source.id(), (point, quote) -> {
                int line = lineOf(text, quote.start());
                assertThat(lines.getOrDefault(line, Set.of())).as("map of %s line %d", source.file(), line)
                        .contains(point.id());
            });
        }
    }

    private static int lineOf(SourceText text, int codePointOffset) {
        String before = text.text().substring(0, text.charIndex(codePointOffset));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static String text(Point point, String source) {
        return point.framingOf(source).orElseThrow(() -> new AssertionError(source + " does not frame " + point.id()))
                .joinedText();
    }

    private static void forEachQuote(String sourceId, BiConsumer<Point, Quote> action) {
        for (Point point : model.points()) {
            point.framingOf(sourceId).ifPresent(framing -> framing.quotes().forEach(q -> action.accept(point, q)));
        }
    }

    private static Path sourcesFolder() {
        String property = System.getProperty("parallax.sources");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)),
                "article texts not available (set -Dparallax.sources=DIR)");
        return Path.of(property);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
