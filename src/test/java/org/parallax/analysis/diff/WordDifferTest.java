package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.analysis.diff.DiffAssertions.assertCoversAndRebuilds;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDifferTest {
    private static final Lexicons LEXICONS = Lexicons.bundled();
    private final WordDiffer differ = new WordDiffer(LEXICONS);

    private static DiffSpan span(DiffOp op, int fromStart, int fromEnd, int toStart, int toEnd) {
        return new DiffSpan(op, fromStart, fromEnd, toStart, toEnd, false);
    }

    @Test
    void aOneWordSubstitutionIsOneReplaceBetweenEqualSpans() {
        WordDiff diff = differ.diff("the cat sat", "the dog sat");
        assertThat(diff.spans()).containsExactly(
                span(DiffOp.EQUAL, 0, 4, 0, 4),
                span(DiffOp.REPLACE, 4, 7, 4, 7),
                span(DiffOp.EQUAL, 7, 11, 7, 11));
        assertThat(diff.method()).isEqualTo(DiffMethod.WORD);
    }

    @Test
    void cleanupAbsorbsAFunctionWordSandwichedBetweenChanges() {
        WordDiff diff = differ.diff("Red apples of Spain.", "Green pears of France.");
        assertThat(diff.spans()).containsExactly(
                span(DiffOp.REPLACE, 0, 19, 0, 21),
                span(DiffOp.EQUAL, 19, 20, 21, 22));
    }

    @Test
    void cleanupKeepsAnEqualRunOfContentWords() {
        WordDiff diff = differ.diff("The lab hired engineers in Paris.", "The firm hired engineers in Lyon.");
        assertThat(diff.spans()).containsExactly(
                span(DiffOp.EQUAL, 0, 4, 0, 4),
                span(DiffOp.REPLACE, 4, 7, 4, 8),
                span(DiffOp.EQUAL, 7, 27, 8, 28),
                span(DiffOp.REPLACE, 27, 32, 28, 32),
                span(DiffOp.EQUAL, 32, 33, 32, 33));
    }

    @Test
    void aTailRewriteIsOneSpanIncludingItsLeadingSpace() {
        WordDiff diff = differ.diff("Students lead most projects there.",
                "Students lead most projects, and they are treated as peers.");
        assertThat(diff.spans()).containsExactly(
                span(DiffOp.EQUAL, 0, 27, 0, 27),
                span(DiffOp.REPLACE, 27, 33, 27, 58),
                span(DiffOp.EQUAL, 33, 34, 58, 59));
    }

    @Test
    void pureInsertionAndDeletion() {
        assertThat(differ.diff("labs train models", "labs quietly train models").spans()).containsExactly(
                span(DiffOp.EQUAL, 0, 4, 0, 4),
                span(DiffOp.INSERT, 4, 4, 4, 12),
                span(DiffOp.EQUAL, 4, 17, 12, 25));
        assertThat(differ.diff("labs quietly train models", "labs train models").spans()).containsExactly(
                span(DiffOp.EQUAL, 0, 4, 0, 4),
                span(DiffOp.DELETE, 4, 12, 4, 4),
                span(DiffOp.EQUAL, 12, 25, 4, 17));
    }

    @Test
    void caseQuotesDashesAndSpacingAreCosmeticNotChanges() {
        String from = "The \u201Cfast\u201D lab \u2014 big";
        String to = "the \"fast\"  lab - big";
        WordDiff diff = differ.diff(from, to);
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.spans()).filteredOn(s -> s.op() != DiffOp.EQUAL).isNotEmpty()
                .allSatisfy(s -> assertThat(s.cosmetic()).isTrue());
        assertThat(diff.matchedTokens()).isEqualTo(diff.fromTokens().size());
        assertCoversAndRebuilds(diff);
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(differ.diff("Same text.", "Same text.").spans())
                .containsExactly(span(DiffOp.EQUAL, 0, 10, 0, 10));
        assertThat(differ.diff("", "").spans()).isEmpty();
        assertThat(differ.diff("", "new").spans()).containsExactly(span(DiffOp.INSERT, 0, 0, 0, 3));
        assertThat(differ.diff("old", "").spans()).containsExactly(span(DiffOp.DELETE, 0, 3, 0, 0));
    }

    @Test
    void longTextsAreAlignedSentenceFirstAndStayWordPreciseInsideChangedSentences() {
        WordDiffer bounded = new WordDiffer(LEXICONS, 20, 5);
        String from = "Labs train models. Teams ship code. Firms buy data. Students lead work. Rivals watch.";
        String to = "Labs train models. Teams ship tools. Firms buy data. Students lead work. Rivals watch.";
        WordDiff diff = bounded.diff(from, to);
        assertThat(diff.method()).isEqualTo(DiffMethod.WORD);
        assertThat(diff.changes()).extracting(s -> s.fromText(from) + ">" + s.toText(to))
                .containsExactly("code>tools");
        assertCoversAndRebuilds(diff);
    }

    @Test
    void aChangedPassageTooLongForTheBudgetIsReplacedWholeAndTheMethodSaysSo() {
        WordDiffer bounded = new WordDiffer(LEXICONS, 20, 5);
        String from = "Labs train models. " + words(new Random(1), "abcdefgh", 30) + ". Rivals watch.";
        String to = "Labs train models. " + words(new Random(2), "ijklmnop", 30) + ". Rivals watch.";
        WordDiff diff = bounded.diff(from, to);
        assertThat(diff.method()).isEqualTo(DiffMethod.SENTENCE);
        assertThat(diff.changes()).hasSize(1);
        assertCoversAndRebuilds(diff);
    }

    @Test
    void unrelatedLongTextsFallBackToOneWholeReplacement() {
        String from = sentences(new Random(3), "abcdefghijklm", 10_000);
        String to = sentences(new Random(4), "nopqrstuvwxyz", 10_000);
        WordDiff diff = differ.diff(from, to);
        assertThat(diff.method()).isEqualTo(DiffMethod.WHOLE);
        assertThat(diff.changes()).hasSize(1);
        assertCoversAndRebuilds(diff);
    }

    @Test
    void aLongRewordedTextIsStillDiffedWordByWord() {
        Random random = new Random(5);
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String sentence = words(random, "abcdefghijklmnopqrstuvwxyz", 10) + ". ";
            from.append(sentence);
            to.append(i % 3 == 0 ? sentence.replaceFirst(" ", " changed ") : sentence);
        }
        WordDiff diff = differ.diff(from.toString(), to.toString());
        assertThat(diff.method()).isEqualTo(DiffMethod.WORD);
        assertThat(diff.changes()).hasSize(334)
                .allSatisfy(s -> assertThat(s.op()).isEqualTo(DiffOp.INSERT));
        assertCoversAndRebuilds(diff);
    }

    /** {@code count} random words of 3 to 7 letters drawn from {@code letters}, separated by spaces. */
    private static String words(Random random, String letters, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int length = 3 + random.nextInt(5);
            for (int j = 0; j < length; j++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
        }
        return text.toString();
    }

    private static String sentences(Random random, String letters, int wordCount) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < wordCount) {
            text.append(words(random, letters, 12)).append(". ");
            written += 12;
        }
        return text.toString();
    }

    @Test
    void semanticCleanupMergesRepeatedlyUntilStable() {
        Tokenizer tokenizer = new Tokenizer();
        List<Token> from = tokenizer.tokenize("a1 of b1 of c1");
        List<Token> to = tokenizer.tokenize("a2 of b2 of c2");
        List<TokenRegion> regions = List.of(
                new TokenRegion(false, 0, 1, 0, 1), new TokenRegion(true, 1, 2, 1, 2),
                new TokenRegion(false, 2, 3, 2, 3), new TokenRegion(true, 3, 4, 3, 4),
                new TokenRegion(false, 4, 5, 4, 5));
        assertThat(new SemanticCleanup(LEXICONS.stopwords()).apply(regions, from, to))
                .containsExactly(new TokenRegion(false, 0, 5, 0, 5));
    }
}
