package org.parallax.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * Finds the first byte that is not valid UTF-8, with Java's strict decoder (it rejects overlong forms and
 * encoded surrogates, which the JSON parser lets through). Decodes into a small reused buffer: no copy of the text.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** Offset of the first invalid byte, or empty when all bytes are valid UTF-8. */
    static OptionalInt firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(16 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return OptionalInt.of(in.position());
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult flushed = decoder.flush(out);
        return flushed.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
    }
}
