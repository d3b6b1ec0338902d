package org.parallax.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Finds the first byte that is not valid UTF-8, as strictly as Java's decoder with
 * {@code CodingErrorAction.REPORT}: overlong forms, encoded surrogates, code points above U+10FFFF and
 * truncated sequences are rejected (the JSON parser lets some of these through). The offset reported is
 * the first byte of the bad sequence, where the decoder reports it too.
 *
 * <p>The JDK's {@code CharsetDecoder} does the work, into a small reused buffer (decision 0071); on a large file
 * it runs on a thread of its own beside the parser.
 */
final class Utf8Check {
    /** Below this size the check is over before a thread would have started. */
    static final int BACKGROUND_BYTES = 1 << 20;

    private Utf8Check() {
    }

    /** A check under way; {@link #firstInvalidByte()} waits for its verdict. */
    interface Pending {
        OptionalInt firstInvalidByte();
    }

    /**
     * Starts the check: for a large file on a thread of its own, so the parser can read the same bytes on another
     * core meanwhile (decision 0017); for a small one at once.
     */
    static Pending start(byte[] bytes) {
        if (bytes.length < BACKGROUND_BYTES) {
            OptionalInt verdict = firstInvalidByte(bytes);
            return () -> verdict;
        }
        FutureTask<OptionalInt> task = new FutureTask<>(() -> firstInvalidByte(bytes));
        Thread thread = new Thread(task, "parallax-utf8-check");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return firstInvalidByte(bytes);
            } catch (ExecutionException failed) {
                return firstInvalidByte(bytes); // cannot happen: the check throws nothing; check here then
            }
        };
    }

    /** Offset of the first invalid byte, or empty when all bytes are valid UTF-8. */
    static OptionalInt firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192); // decoded chars are thrown away: only the verdict is wanted
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return OptionalInt.of(in.position());
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out.clear());
                return result.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
            }
            out.clear();
        }
    }
}
