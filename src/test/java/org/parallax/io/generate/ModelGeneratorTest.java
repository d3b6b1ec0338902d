package org.parallax.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.AttachedSources;
import org.parallax.io.LocatedLoad;
import org.parallax.io.ModelLoader;
import org.parallax.io.QuoteLocator;
import org.parallax.io.QuoteVerifier;
import org.parallax.io.SourceFolder;
import org.parallax.model.Framing;
import org.parallax.model.Ids;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;

class ModelGeneratorTest {
    @TempDir
    Path temp;

    private final ModelGenerator generator = new ModelGenerator();
    private final CorpusWriter writer = new CorpusWriter();

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        GeneratorSettings settings = new GeneratorSettings(1_500, 12, 5, 42);
        writer.write(generator.generate(settings), temp.resolve("a"), false);
        writer.write(generator.generate(settings), temp.resolve("b"), false);

        Map<String, byte[]> first = files(temp.resolve("a"));
        Map<String, byte[]> second = files(temp.resolve("b"));
        assertThat(first).hasSize(13); // model.json and 12 articles
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        GeneratorSettings settings = new GeneratorSettings(300, 5, 3, 1);
        writer.write(generator.generate(settings), temp.resolve("a"), false);
        writer.write(generator.generate(settings.withSeed(2)), temp.resolve("b"), false);

        assertThat(Files.readAllBytes(temp.resolve("b/model.json")))
                .isNotEqualTo(Files.readAllBytes(temp.resolve("a/model.json")));
    }

    @Test
    void hasTheRequestedSizes() {
        Model model = generator.generate(new GeneratorSettings(1_000, 25, 8, 7)).model();

        assertThat(model.quoteCount()).isEqualTo(1_000);
        assertThat(model.sources()).hasSize(25);
        assertThat(model.themes()).hasSize(8);
        assertThat(model.sides()).hasSize(2);
    }

    @Test
    void writtenModelLoadsAndEveryQuoteIsVerbatimAtItsOffsetsAndOccursOnce() throws IOException {
        Path model = writer.write(generator.generate(GeneratorSettings.forQuotes(1_000)), temp, false);
        assertVerifies(model);
    }

    @Test
    void longArticlesStillHaveUniqueQuotes() throws IOException {
        // 2,000 quotes in 3 articles: ~30,000 words each, where accidental repeats would show.
        Path model = writer.write(generator.generate(new GeneratorSettings(2_000, 3, 4, 3)), temp, false);
        assertVerifies(model);
    }

    @Test
    void idsAreUniqueSlugsAndReferencesResolve() {
        Model model = generator.generate(new GeneratorSettings(2_000, 40, 20, 5)).model();

        assertUniqueSlugs(model.themes().stream().map(t -> t.id()).toList());
        assertUniqueSlugs(model.sources().stream().map(Source::id).toList());
        assertUniqueSlugs(model.points().stream().map(Point::id).toList());
        for (Point point : model.points()) {
            assertThat(model.theme(point.theme())).as(point.id()).isPresent();
            assertThat(point.claims()).as(point.id()).isNotEmpty();
            point.claims().keySet().forEach(side -> assertThat(model.side(side)).isPresent());
            List<String> framingSources = point.framings().stream().map(Framing::source).toList();
            assertThat(framingSources).as(point.id()).doesNotHaveDuplicates();
            for (Framing framing : point.framings()) {
                assertThat(model.source(framing.source())).isPresent();
                assertThat(framing.quotes()).isNotEmpty();
                framing.quotes().stream().map(Quote::side).filter(s -> s != null)
                        .forEach(side -> assertThat(model.side(side)).isPresent());
            }
        }
        for (Source source : model.sources()) {
            if (source.derivedFrom() != null) {
                // derived from an earlier source, so derivedFrom never loops
                assertThat(model.sourceIndex(source.derivedFrom())).isLessThan(model.sourceIndex(source.id()));
            }
        }
    }

    @Test
    void framingsVaryInStanceCertaintySideAndCount() {
        Model model = generator.generate(new GeneratorSettings(3_000, 60, 8, 9)).model();
        List<Framing> framings = model.points().stream().flatMap(p -> p.framings().stream()).toList();

        assertThat(framings.stream().map(Framing::stance).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(framings.stream().map(Framing::certainty).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(framings.stream().flatMap(f -> f.quotes().stream()).map(Quote::side).collect(Collectors.toSet()))
                .hasSize(3); // both sides and "neither"
        assertThat(model.points().stream().mapToInt(p -> p.framings().size()).max().orElse(0)).isGreaterThanOrEqualTo(4);
        assertThat(model.points().stream().filter(p -> p.framings().size() >= 2).count())
                .isGreaterThan(model.points().size() / 2);
        assertThat(model.points().stream().filter(p -> p.claims().size() == 2)).isNotEmpty();
    }

    @Test
    void articlesReadLikeEnglishProseWithNonAsciiText() {
        GeneratedCorpus corpus = generator.generate(GeneratorSettings.forQuotes(1_000));
        String all = corpus.sourceFiles().stream().map(GeneratedCorpus.SourceFile::text).collect(Collectors.joining("\n"));
        List<String> words = Stream.of(all.split("\\s+")).map(w -> w.replaceAll("[^\\p{L}]", ""))
                .filter(w -> !w.isEmpty()).toList();

        double meanLength = words.stream().mapToInt(String::length).average().orElse(0);
        assertThat(meanLength).as("mean word length (English prose: about 4.7)").isBetween(4.0, 6.0);
        long shortWords = words.stream().filter(w -> w.length() <= 3).count();
        assertThat((double) shortWords / words.size()).as("share of words of 1-3 letters").isBetween(0.2, 0.5);
        assertThat(all).contains("\u201C", "\u2019", "\u2014", "\u00E9");
        assertThat(all.codePoints().anyMatch(Character::isSupplementaryCodePoint)).as("an emoji").isTrue();
        assertThat(all).contains("\n\n"); // paragraphs
    }

    @Test
    void someQuoteComesAfterAnEmojiSoCodePointAndCharOffsetsDiffer() {
        GeneratedCorpus corpus = generator.generate(GeneratorSettings.forQuotes(1_000));
        Model model = corpus.model();
        Map<String, String> texts = corpus.sourceFiles().stream()
                .collect(Collectors.toMap(GeneratedCorpus.SourceFile::fileName, GeneratedCorpus.SourceFile::text));
        boolean differs = false;
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                String text = texts.get(model.source(framing.source()).orElseThrow().file());
                for (Quote quote : framing.quotes()) {
                    differs |= text.indexOf(quote.text()) != quote.start();
                }
            }
        }
        assertThat(differs).isTrue();
    }

    /**
     * The real checks: the validating loader, the source folder (UTF-8, sha256), every quote verbatim at its
     * offsets (QuoteVerifier), and locate finding every quote exactly where it is (no ambiguous match).
     */
    private static void assertVerifies(Path modelFile) {
        LocatedLoad loaded = new ModelLoader().loadWithLocations(modelFile);
        assertThat(loaded.result().problems()).isEmpty();
        Model model = loaded.result().model();
        AttachedSources attached = SourceFolder.attach(modelFile.resolveSibling(CorpusWriter.SOURCES_FOLDER), model);
        assertThat(attached.issues()).isEmpty();
        assertThat(attached.textCount()).isEqualTo(model.sources().size());
        QuoteVerifier verifier = new QuoteVerifier(attached);
        assertThat(verifier.problems(model, loaded.locations())).isEmpty();
        int verified = 0;
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                for (Quote quote : framing.quotes()) {
                    verified += verifier.check(framing.source(), quote).isVerified() ? 1 : 0;
                }
            }
        }
        assertThat(verified).isEqualTo(model.quoteCount());
        QuoteLocator.Result located = new QuoteLocator(attached).locate(model, loaded.locations());
        assertThat(located.problems()).as("locate finds every quote once").isEmpty();
        assertThat(located.changes()).as("locate moves no quote").isEmpty();
        assertThat(located.unchanged()).isEqualTo(model.quoteCount());
    }

    private static void assertUniqueSlugs(List<String> ids) {
        assertThat(ids).doesNotHaveDuplicates().allMatch(Ids::isSlug);
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
