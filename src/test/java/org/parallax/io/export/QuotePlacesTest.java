package org.parallax.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.io.SourceText;
import org.parallax.model.Quote;

class QuotePlacesTest {
    @Test
    void paragraphsAreNonBlankLinesAndBlankLinesDoNotCount() {
        SourceText text = new SourceText("Title\n\n  \nFirst para.\r\n\r\nSecond para.\n");
        assertThat(QuotePlaces.paragraphStarts(text)).containsExactly(0, 10, 25);
    }

    @Test
    void offsetsCountCodePointsPastAnEmoji() {
        SourceText text = new SourceText("A \uD83D\uDE00 line\nNext\n");
        // "A 😀 line" is 8 code points, so the next line starts at code point 9
        assertThat(QuotePlaces.paragraphStarts(text)).containsExactly(0, 9);
    }

    @Test
    void aQuoteIsInTheParagraphItStartsIn() {
        String article = "Heading\n\nThe first paragraph.\n\nThe second paragraph says so.\n";
        QuotePlaces places = (source, quote) -> java.util.OptionalInt.empty();
        int[] starts = QuotePlaces.paragraphStarts(new SourceText(article));
        int at = article.indexOf("says so");
        assertThat(starts).hasSize(3);
        assertThat(places.paragraph("a", new Quote("says so", at, at + 7, null))).isEmpty();
        assertThat(QuotePlaces.NONE.paragraph("a", new Quote("x", 0, 1, null))).isEmpty();
    }
}
