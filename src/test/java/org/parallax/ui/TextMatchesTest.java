package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ui.common.TextMatches;
import org.parallax.ui.explorer.FilterPass;

class TextMatchesTest {

    private static List<String> pieces(String text, String query) {
        return TextMatches.find(text, FilterPass.queryWords(query)).stream()
                .map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void matchesCaseAndAccentInsensitivelyAndReturnsTheOriginalText() {
        assertThat(pieces("The Café in Zürich", "cafe zurich")).containsExactly("Café", "Zürich");
    }

    @Test
    void keepsOffsetsRightAfterAnEmoji() {
        String text = "\uD83D\uDE80 launch: caf\u00E9 chips";
        assertThat(pieces(text, "chips")).containsExactly("chips");
        assertThat(pieces(text, "CAFE")).containsExactly("caf\u00E9");
    }

    @Test
    void mergesOverlappingMatchesAndFindsEveryOccurrence() {
        assertThat(pieces("data and more data", "data")).containsExactly("data", "data");
        assertThat(pieces("accelerators", "accel celera")).containsExactly("accelera");
    }

    @Test
    void typographicQuotesMatchPlainOnes() {
        assertThat(pieces("the lab\u2019s chips", "lab's")).containsExactly("lab\u2019s");
    }

    @Test
    void noWordsNoMatches() {
        assertThat(TextMatches.find("anything", List.of())).isEmpty();
    }
}
