package org.parallax.analysis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void blocksBetweenBlankLinesAreParagraphsWithCodePointOffsets() {
        String text = "\uD83D\uDE00 First block,\nstill first.\n\n  \n\nSecond block.\n";
        List<Paragraph> units = Paragraphs.split(text);
        assertThat(units).extracting(Paragraph::text)
                .containsExactly("\uD83D\uDE00 First block,\nstill first.", "Second block.");
        Paragraph second = units.get(1);
        assertThat(text.codePoints().skip(second.start()).limit(second.end() - second.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("Second block.");
        assertThat(units.get(0).start()).isZero();
        assertThat(units.get(0).end()).isEqualTo("\uD83D\uDE00 First block,\nstill first.".codePointCount(0, 28));
    }

    @Test
    void aShortUnpunctuatedFirstLineIsSplitOffAsAHeading() {
        List<Paragraph> units = Paragraphs.split("The Cultural Advantage\nLabs share a culture. It helps.\n\nNext.");
        assertThat(units).extracting(Paragraph::text)
                .containsExactly("The Cultural Advantage", "Labs share a culture. It helps.", "Next.");
        assertThat(units).extracting(Paragraph::index).containsExactly(0, 1, 2);
        assertThat(units.get(1).start()).isEqualTo(23);
    }

    @Test
    void windowsLineEndsAndTrailingSpacesStayOutsideTheUnits() {
        List<Paragraph> units = Paragraphs.split("One line.  \r\n\r\nTwo line.\r\n");
        assertThat(units).extracting(Paragraph::text).containsExactly("One line.", "Two line.");
        assertThat(units.get(1).start()).isEqualTo(15);
    }

    @Test
    void anEmptyTextHasNoUnits() {
        assertThat(Paragraphs.split("")).isEmpty();
        assertThat(Paragraphs.split("\n\n \n")).isEmpty();
    }
}
