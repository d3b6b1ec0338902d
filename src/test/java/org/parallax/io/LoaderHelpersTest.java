package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pieces the loader's messages and locations rest on. */
class LoaderHelpersTest {
    @Test
    void pathsUseDotsForPlainNamesAndBracketsForOthers() {
        JsonPath path = new JsonPath();
        path.enterField("points");
        path.enterIndex(3);
        path.enterField("claims");

        assertThat(path.toString()).isEqualTo("$.points[3].claims");
        assertThat(path.child("north")).isEqualTo("$.points[3].claims.north");
        assertThat(path.child("two words")).isEqualTo("$.points[3].claims['two words']");
        assertThat(path.child("it's")).isEqualTo("$.points[3].claims['it\\'s']");
        path.leave();
        path.leave();
        assertThat(path.toString()).isEqualTo("$.points");
    }

    @Test
    void didYouMeanSuggestsOnlyWithinTwoEdits() {
        List<String> fields = List.of("stance", "certainty", "frame", "quotes");

        assertThat(DidYouMean.closest("stanse", fields)).contains("stance");
        assertThat(DidYouMean.closest("Quotes", fields)).contains("quotes");
        assertThat(DidYouMean.closest("certianty", fields)).contains("certainty"); // a swap is two edits
        assertThat(DidYouMean.closest("colour", fields)).isEmpty();
        assertThat(DidYouMean.hint("xyz", fields)).isEmpty();
    }

    @Test
    void columnsCountCharactersNotBytesAndSkipTheBom() {
        byte[] bytes = "\uFEFFé🚀x\r\nab\rcd\ne".getBytes(StandardCharsets.UTF_8);
        int x = 3 + 2 + 4; // BOM, é, rocket

        assertThat(TextPosition.of(bytes, x)).containsExactly(1, 3);
        int b = x + 1 + 2 + 1; // x, CR LF, a
        assertThat(TextPosition.of(bytes, b)).containsExactly(2, 2);
        int d = b + 1 + 1 + 1; // b, CR, c
        assertThat(TextPosition.of(bytes, d)).containsExactly(3, 2);
        assertThat(TextPosition.of(bytes, bytes.length - 1)).containsExactly(4, 1);
    }

    @Test
    void utf8CheckFindsTheFirstBadByteOnly() {
        assertThat(Utf8Check.firstInvalidByte("ok é 🚀".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Utf8Check.firstInvalidByte(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82, 'c'})).hasValue(2);
        // an encoded surrogate half (U+D800) is not valid UTF-8
        assertThat(Utf8Check.firstInvalidByte(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80})).hasValue(1);
    }

    @Test
    void sourceTextFindsEveryOccurrenceInCodePoints() {
        SourceText text = new SourceText("\uFEFF🚀 ab 🚀 ab ab");

        assertThat(text.occurrences("ab", 10)).containsExactly(2, 7, 10);
        assertThat(text.occurrences("ab", 2)).containsExactly(2, 7);
        assertThat(text.occurrences("zz", 10)).isEmpty();
        assertThat(text.slice(7, 9)).isEqualTo("ab");
        assertThat(text.matches(7, 9, "ab")).isTrue();
        assertThat(text.matches(12, 14, "ab")).isFalse();
    }
}
