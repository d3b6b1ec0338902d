package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader's hand-written date and digest checks agree with {@link LocalDate#parse} and the digest pattern. */
class ReaderFormatsTest {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Property(tries = 3000)
    void isoDateAgreesWithLocalDateParse(@ForAll("dateLike") String value) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(value);
        } catch (DateTimeException refused) {
            assertThatThrownBy(() -> ModelReader.isoDate(value)).as("'%s'", value)
                    .isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(ModelReader.isoDate(value)).as("'%s'", value).isEqualTo(expected);
    }

    @Example
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> ModelReader.isoDate("2023-02-29")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> ModelReader.isoDate("2024-13-01")).isInstanceOf(DateTimeException.class);
        assertThat(ModelReader.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ModelReader.isoDate("+12024-02-29")).isEqualTo(LocalDate.of(12024, 2, 29));
    }

    @Property(tries = 2000)
    void isSha256AgreesWithThePattern(@ForAll("digestLike") String value) {
        assertThat(ModelReader.isSha256(value)).isEqualTo(SHA256.matcher(value).matches());
    }

    /** Mostly well-formed dates with fields out of range, some with a wrong character or length. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> fields = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 32))
                .as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
        Arbitrary<String> odd = Arbitraries.strings().withChars("0129-+/ a").ofMinLength(8).ofMaxLength(12);
        return Arbitraries.oneOf(fields, fields, odd);
    }

    @Provide
    Arbitrary<String> digestLike() {
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        Arbitrary<String> near = Arbitraries.strings().withChars("09afgA").ofMinLength(63).ofMaxLength(65);
        return Arbitraries.oneOf(hex, near);
    }
}
