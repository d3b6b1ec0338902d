package org.parallax.io;

import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Finds the first byte that is not valid UTF-8, as strictly as Java's decoder with
 * {@code CodingErrorAction.REPORT}: overlong forms, encoded surrogates, code points above U+10FFFF and
 * truncated sequences are rejected (the JSON parser lets some of these through). The offset reported is
 * the first byte of the bad sequence, where the decoder reports it too.
 *
 * <p>A plain byte loop with an ASCII fast path rather than a {@code CharsetDecoder}: a model is almost all
 * ASCII, and decoding 40 MB into throw-away chars only to learn that it decodes cost a tenth of a load
 * (decision 0015).
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
        int i = 0;
        int length = bytes.length;
        while (i < length) {
            int b = bytes[i];
            if (b >= 0) { // ASCII, the common case
                i++;
                continue;
            }
            int size = sequenceLength(bytes, i, b & 0xFF);
            if (size == 0) {
                return OptionalInt.of(i);
            }
            i += size;
        }
        return OptionalInt.empty();
    }

    /** Length of the valid multi-byte sequence starting at {@code at} with lead byte {@code lead}, or 0. */
    private static int sequenceLength(byte[] bytes, int at, int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(bytes, at + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            // E0: no overlong forms (second byte A0..BF); ED: no surrogates (80..9F)
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continuation(bytes, at + 1, low, high) && continuation(bytes, at + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            // F0: no overlong forms (90..BF); F4: nothing above U+10FFFF (80..8F)
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continuation(bytes, at + 1, low, high) && continuation(bytes, at + 2, 0x80, 0xBF)
                    && continuation(bytes, at + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0; // a stray continuation byte, C0/C1 (always overlong) or F5..FF (beyond Unicode)
    }

    private static boolean continuation(byte[] bytes, int at, int low, int high) {
        if (at >= bytes.length) {
            return false; // truncated at the end of the file
        }
        int b = bytes[at] & 0xFF;
        return b >= low && b <= high;
    }
}
