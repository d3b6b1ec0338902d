package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyMarksTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Lexicon reporting = Lexicon.of("reporting", List.of("said", "as * put it", "according to"));
    private final Lexicon numbers = Lexicon.of("numbers", List.of("dozens", "few"));

    @Test
    void marksWhereEntriesStartAndWhichKeysAreOneWordEntries() {
        List<Token> tokens = tokenizer.tokenize("As one pilot put it, dozens said so.");
        KeyMarks marks = KeyMarks.of(tokens, List.of(reporting, numbers), new HashMap<>());
        KeyMarks.Marks reported = marks.of(reporting);
        KeyMarks.Marks counted = marks.of(numbers);
        // tokens: As one pilot put it , dozens said so .
        assertThat(List.of(0, 7)).allMatch(reported::mayStart);
        assertThat(List.of(1, 2, 3, 4, 5, 6, 8, 9)).noneMatch(reported::mayStart);
        assertThat(reported.isWord(7)).isTrue();
        assertThat(reported.isWord(0)).isFalse(); // "as" only opens a phrase
        assertThat(counted.isWord(6)).isTrue();
        assertThat(counted.mayStart(7)).isFalse();
    }

    @Test
    void findingWithMarksFindsWhatFindingEverywhereFinds() {
        List<Token> tokens = tokenizer.tokenize("According to them, as a pilot put it, it was said; as put it, said.");
        Map<String, Integer> shared = new HashMap<>();
        KeyMarks marks = KeyMarks.of(tokens, List.of(reporting), shared);
        // According to | them , | as a pilot put it | , it was | said | ; as put it , (no word for the *) | said | .
        List<String> everywhere = reporting.find(tokens).stream().map(m -> m[0] + "-" + m[1]).toList();
        assertThat(everywhere).containsExactly("0-2", "4-9", "12-13", "18-19");
        assertThat(reporting.find(tokens, marks.of(reporting))).extracting(m -> m[0] + "-" + m[1])
                .containsExactlyElementsOf(everywhere);
        assertThat(shared).containsEntry("said", 0b11).containsEntry("as", 0b01).containsEntry("them", 0);
    }

    @Test
    void aLexiconThatWasNotMarkedIsRefused() {
        KeyMarks marks = KeyMarks.of(tokenizer.tokenize("said"), List.of(reporting), new HashMap<>());
        assertThatIllegalArgumentException().isThrownBy(() -> marks.of(numbers));
    }
}
