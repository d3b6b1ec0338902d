package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

class QuoteVerifierTest {
    static final Path SMALL_SOURCES = Path.of("src/test/resources/models/small-sources");

    private final LocatedLoad small = new ModelLoader().loadWithLocations(ModelLoaderTest.SMALL);
    private final Model model = small.result().model();

    @Test
    void everyQuoteOfTheSmallModelIsVerbatimAndEveryChecksumMatches() {
        AttachedSources attached = SourceFolder.attach(SMALL_SOURCES, model);
        QuoteVerifier verifier = new QuoteVerifier(attached);

        assertThat(attached.issues()).isEmpty();
        assertThat(attached.textCount()).isEqualTo(3);
        assertThat(verifier.problems(model, small.locations())).isEmpty();
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                for (Quote quote : framing.quotes()) {
                    assertThat(verifier.check(framing.source(), quote).status())
                            .as(quote.text()).isEqualTo(QuoteCheck.Status.VERIFIED);
                }
            }
        }
    }

    @Test
    void offsetsCountCodePointsSoTheEmojiBeforeAQuoteCountsAsOne() {
        QuoteVerifier verifier = new QuoteVerifier(SourceFolder.attach(SMALL_SOURCES, model));
        String text = "Ruritanian labs may train on roughly 5,000 accelerators.";

        // beta.txt: "Beta Review 🚀 notes: " is 21 code points (22 Java chars, the rocket is a surrogate pair)
        assertThat(verifier.check("beta", new Quote(text, 21, 77, null)).isVerified()).isTrue();
        QuoteCheck charCounted = verifier.check("beta", new Quote(text, 22, 78, null));
        assertThat(charCounted.status()).isEqualTo(QuoteCheck.Status.NOT_VERBATIM);
        assertThat(charCounted.occurrences()).containsExactly(21);
    }

    @Test
    void aWrongQuoteIsALocatedProblemSayingWhereItsTextActuallyIs() {
        // The model's first quote, moved by one character: the problem names the quote and where its text is.
        Model shifted = replaceFirstQuote(model, new Quote(
                "Labs in Ruritania train on about 2,000 accelerators, one engineer said.", 32, 103, "ruritania"));
        QuoteVerifier verifier = new QuoteVerifier(SourceFolder.attach(SMALL_SOURCES, shifted));

        List<Problem> problems = verifier.problems(shifted, small.locations());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.NOT_VERBATIM);
            assertThat(problem.path()).isEqualTo("$.points[0].framings[0].quotes[0].text");
            assertThat(problem.line()).isEqualTo(81);
            assertThat(problem.column()).isEqualTo(23);
            assertThat(problem.message()).contains("alpha.txt reads \"abs in Ruritania")
                    .contains("the text occurs at [31, 102)");
        });
    }

    @Test
    void aTextThatIsNowhereInTheArticleSaysSo() {
        QuoteVerifier verifier = new QuoteVerifier(SourceFolder.attach(SMALL_SOURCES, model));

        QuoteCheck check = verifier.check("gamma", new Quote("Nothing like this was written.", 0, 30, null));

        assertThat(check.status()).isEqualTo(QuoteCheck.Status.NOT_VERBATIM);
        assertThat(check.occurrences()).isEmpty();
        assertThat(check.message()).contains("does not occur");
    }

    @Test
    void offsetsBeyondTheEndOfTheArticleAreNotVerbatimNotAnException() {
        QuoteVerifier verifier = new QuoteVerifier(SourceFolder.attach(SMALL_SOURCES, model));

        QuoteCheck check = verifier.check("gamma", new Quote("Gamma", 1000, 1005, null));

        assertThat(check.status()).isEqualTo(QuoteCheck.Status.NOT_VERBATIM);
        assertThat(check.message()).contains("outside the article");
        assertThat(check.occurrences()).containsExactly(0);
    }

    @Test
    void aChangedArticleFailsItsChecksumAndAMissingOneIsReported(@TempDir Path folder) throws IOException {
        Files.copy(SMALL_SOURCES.resolve("alpha.txt"), folder.resolve("alpha.txt"));
        Files.writeString(folder.resolve("beta.txt"), Files.readString(SMALL_SOURCES.resolve("beta.txt")) + "x",
                StandardCharsets.UTF_8);

        AttachedSources attached = SourceFolder.attach(folder, model);
        List<Problem> problems = new QuoteVerifier(attached).problems(model, small.locations());

        assertThat(problems).extracting(Problem::kind, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemKind.CHECKSUM, "$.sources[1].sha256"),
                org.assertj.core.groups.Tuple.tuple(ProblemKind.MISSING_FILE, "$.sources[2].file"));
        assertThat(problems.get(0).line()).isEqualTo(43);
        assertThat(new QuoteVerifier(attached).check("gamma", model.points().get(3).framings().get(0).quotes().get(0))
                .status()).isEqualTo(QuoteCheck.Status.UNVERIFIABLE);
    }

    @Test
    void aFileNameThatLeavesTheFolderIsRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("inside.txt"), "x");
        Model escaping = new Model(1, "t", model.sides(), model.themes(), List.of(new org.parallax.model.Source(
                "s", "S", null, null, org.parallax.model.SourceKind.ORIGINAL, null, null, null, null,
                "../outside.txt", null)), List.of());

        AttachedSources attached = SourceFolder.attach(folder.resolve("."), escaping);

        assertThat(attached.issues()).singleElement().satisfies(issue ->
                assertThat(issue.message()).contains("outside the sources folder"));
    }

    @Test
    void theContextOfAQuoteIsItsParagraphWithTheQuoteMarkedInIt() {
        QuoteVerifier verifier = new QuoteVerifier(SourceFolder.attach(SMALL_SOURCES, model));
        Quote students = new Quote("Students lead most projects there.", 103, 137, null);

        QuoteContext context = verifier.context("alpha", students).orElseThrow();

        assertThat(context.paragraph()).isEqualTo("Labs in Ruritania train on about 2,000 accelerators, one engineer "
                + "said. Students lead most projects there.");
        assertThat(context.quoted()).isEqualTo(students.text());
        assertThat(context.after()).isEmpty();
        assertThat(context.paragraphOffset()).isEqualTo(31);
    }

    @Test
    void theContextUsesCharIndicesInsideAParagraphWithAnEmoji() {
        QuoteVerifier verifier = new QuoteVerifier(SourceFolder.attach(SMALL_SOURCES, model));
        Quote quote = new Quote("Ruritanian labs may train on roughly 5,000 accelerators.", 21, 77, null);

        QuoteContext context = verifier.context("beta", quote).orElseThrow();

        assertThat(context.before()).isEqualTo("Beta Review 🚀 notes: ");
        assertThat(context.quoted()).isEqualTo(quote.text());
        assertThat(context.paragraphOffset()).isZero();
    }

    static Model replaceFirstQuote(Model model, Quote quote) {
        List<Point> points = new ArrayList<>(model.points());
        Point first = points.get(0);
        List<Framing> framings = new ArrayList<>(first.framings());
        Framing framing = framings.get(0);
        framings.set(0, new Framing(framing.source(), framing.speaker(), framing.stance(), framing.certainty(),
                framing.frame(), List.of(quote)));
        points.set(0, new Point(first.id(), first.theme(), first.title(), first.claims(), framings));
        return new Model(model.schemaVersion(), model.title(), model.sides(), model.themes(), model.sources(), points);
    }
}
