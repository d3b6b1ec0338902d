package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void lowercasesAndDropsAccents() {
        assertThat(TextFolding.fold("Café CRÈME à Zürich")).isEqualTo("cafe creme a zurich");
    }

    @Test
    void makesTypographicQuotesAndDashesPlain() {
        assertThat(TextFolding.fold("Ruritania’s “open” models — 2020–2024 ‘so’ said")).isEqualTo(
                "ruritania's \"open\" models - 2020-2024 'so' said");
    }

    @Test
    void unifiesCompatibilityFormsAndSpaces() {
        assertThat(TextFolding.fold("ﬁnal\u00A0ＡＢＣ\u2009x")).isEqualTo("final abc x");
    }

    @Test
    void foldsGreekFinalSigmaLikeSigma() {
        assertThat(TextFolding.fold("ΟΔΟΣ οδος")).isEqualTo("οδοσ οδοσ");
    }

    @Test
    void keepsEmojiAndUnpairedSurrogates() {
        assertThat(TextFolding.fold("🚀 Go \uD800")).isEqualTo("🚀 go \uD800");
    }

    @Test
    void returnsTheSameInstanceWhenNothingChanges() {
        String plain = "already folded text, 2,000 chips.";
        assertThat(TextFolding.fold(plain)).isSameAs(plain);
        assertThat(TextFolding.fold(null)).isEmpty();
    }

    @Test
    void mapsFoldedRangesBackToTheTextAsWritten() {
        String text = "🚀 Ruritania’s Café";
        FoldedText folded = TextFolding.foldMapped(text);
        assertThat(folded.folded()).isEqualTo("🚀 ruritania's cafe");
        int at = folded.folded().indexOf("ruritania's");
        TextRange range = folded.toOriginal(at, at + "ruritania's".length());
        assertThat(text.substring(range.start(), range.end())).isEqualTo("Ruritania’s");
        int cafe = folded.folded().indexOf("cafe");
        TextRange cafeRange = folded.toOriginal(cafe, cafe + 4);
        assertThat(text.substring(cafeRange.start(), cafeRange.end())).isEqualTo("Café");
    }

    @Test
    void mapsALigatureBackToTheWholeLigature() {
        String text = "ﬁle";
        FoldedText folded = TextFolding.foldMapped(text);
        assertThat(folded.folded()).isEqualTo("file");
        TextRange justF = folded.toOriginal(0, 1);
        assertThat(justF).isEqualTo(new TextRange(0, 1)); // "f" came from the one char "ﬁ"
        assertThat(folded.toOriginal(1, 3)).isEqualTo(new TextRange(0, 2));
    }
}
