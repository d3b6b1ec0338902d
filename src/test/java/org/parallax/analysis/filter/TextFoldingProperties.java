package org.parallax.analysis.filter;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class TextFoldingProperties {
    @Property
    void foldingIsIdempotent(@ForAll String text) {
        String once = TextFolding.fold(text);
        assertThat(TextFolding.fold(once)).isEqualTo(once);
    }

    @Property
    void foldingIsIdempotentOnTypographicText(@ForAll @StringLength(max = 40)
                                              @Chars({'’', '‘', '“', '”', '—', '–', 'É', 'é', 'ﬁ', 'Σ', 'ς', ' ',
                                                      '\u00A0', 'İ', 'ß', 'ẞ', 'Å', '\u212B', '\u0301'})
                                              @CharRange(from = 'A', to = 'z') String text) {
        String once = TextFolding.fold(text);
        assertThat(TextFolding.fold(once)).isEqualTo(once);
        assertThat(once).doesNotContain("’", "“", "—", "é", "ς").isEqualTo(once.toLowerCase(java.util.Locale.ROOT));
    }

    @Property
    void foldingAConcatenationConcatenatesTheFolds(@ForAll String left, @ForAll String right) {
        // holds unless the split cuts a surrogate pair, which jqwik strings of whole chars may do
        net.jqwik.api.Assume.that(left.isEmpty() || !Character.isHighSurrogate(left.charAt(left.length() - 1)));
        assertThat(TextFolding.fold(left + right)).isEqualTo(TextFolding.fold(left) + TextFolding.fold(right));
    }

    @Property
    void mappedFoldEqualsFoldAndMapsInsideTheText(@ForAll String text) {
        FoldedText mapped = TextFolding.foldMapped(text);
        assertThat(mapped.folded()).isEqualTo(TextFolding.fold(text));
        for (int i = 0; i < mapped.folded().length(); i++) {
            TextRange range = mapped.toOriginal(i, i + 1);
            assertThat(range.start()).isGreaterThanOrEqualTo(0);
            assertThat(range.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(range.start());
        }
    }
}
