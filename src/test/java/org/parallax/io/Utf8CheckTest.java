package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written check must agree with Java's strict decoder on every byte sequence, valid or not. */
class Utf8CheckTest {
    @Property(tries = 3000)
    void agreesWithTheStrictDecoder(@ForAll("nearlyUtf8") byte[] bytes) {
        assertThat(Utf8Check.firstInvalidByte(bytes)).isEqualTo(strictDecoder(bytes));
    }

    @Property(tries = 500)
    void acceptsEveryEncodedString(@ForAll String text) {
        assertThat(Utf8Check.firstInvalidByte(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(strictDecoder(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Mostly ASCII with the bytes where UTF-8's rules have edges (lead bytes, range limits, continuations). */
    @Provide
    Arbitrary<byte[]> nearlyUtf8() {
        Arbitrary<Byte> edgy = Arbitraries.of(0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF).map(Integer::byteValue);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)),
                        net.jqwik.api.Tuple.of(3, edgy))
                .array(byte[].class).ofMaxSize(12);
    }

    private static OptionalInt strictDecoder(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
            return OptionalInt.empty();
        } catch (MalformedInputException malformed) {
            return OptionalInt.of(in.position());
        } catch (CharacterCodingException other) {
            throw new AssertionError(other);
        }
    }
}
