package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The head of a split load as the parser reads it (decision 0019): the file up to the cut, then from the points'
 * closing {@code ]} on, the bytes in between being the tail's. The cut is found by a scan on the other thread while
 * the parser already reads: bytes the scan has passed are given at once, and only a parser that catches up with the
 * scan waits for it. When the scan finds no cut this is the whole file.
 */
final class HeadInput extends InputStream {
    private final byte[] content;
    private final AtomicInteger scanned;
    private final CompletableFuture<Optional<PointsCut>> scan;
    private final PartShift shift;
    private int position;
    /** Where the bytes given end before the jump; -1 while the cut is not known. */
    private int end = -1;
    private int resume;

    HeadInput(byte[] content, AtomicInteger scanned, CompletableFuture<Optional<PointsCut>> scan, PartShift shift) {
        this.content = content;
        this.scanned = scanned;
        this.scan = scan;
        this.shift = shift;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int available = ready();
        if (available <= 0) {
            return -1;
        }
        int count = Math.min(length, available);
        System.arraycopy(content, position, into, offset, count);
        position += count;
        return count;
    }

    /** How many bytes may be given now; waits for the scan while it has not got past the position. */
    private int ready() throws IOException {
        while (end < 0) {
            if (scan.isDone()) {
                settle();
            } else {
                int safe = scanned.getAcquire();
                if (safe > position) {
                    return safe - position;
                }
                LockSupport.parkNanos(20_000);
            }
        }
        if (position == end) {
            position = resume; // at the cut: on from the points' closing ]
        }
        return position < end ? end - position : content.length - position;
    }

    private void settle() throws IOException {
        Optional<PointsCut> cut;
        try {
            cut = scan.get();
        } catch (ExecutionException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("the scan for a cut failed", failed);
        }
        if (cut.isPresent()) {
            end = cut.get().cut();
            resume = cut.get().pointsEnd();
            shift.place(end, resume - end);
        } else {
            end = content.length;
            resume = content.length;
        }
    }
}
