package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Offsets converted through checkpoints agree with the JDK's plain code-point walk, emoji or not. */
class SourceTextTest {
    /** Whole code points only: a text decoded from UTF-8 never holds a lone surrogate half. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", " ", "\n", "\r", "\t", "é", "中", "🚀", "😀", "𝄞")
                .list().ofMaxSize(600).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void conversionsMatchTheJdk(@ForAll("texts") String text, @ForAll @IntRange(max = 10_000) int a,
                                @ForAll @IntRange(max = 10_000) int b) {
        SourceText source = new SourceText(text);
        int count = text.codePointCount(0, text.length());
        int start = Math.min(a, b) % (count + 1);
        int end = start + (Math.max(a, b) - Math.min(a, b)) % (count - start + 1);

        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(0, end);
        assertThat(source.charIndex(start)).isEqualTo(from);
        assertThat(source.codePointOffset(to)).isEqualTo(end);
        assertThat(source.slice(start, end)).isEqualTo(text.substring(from, to));
        String needle = text.substring(from, to);
        if (!needle.isEmpty()) {
            assertThat(source.occurrences(needle, 1_000)).contains(start);
        }
    }
}
