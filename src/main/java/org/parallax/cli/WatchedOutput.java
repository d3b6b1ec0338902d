package org.parallax.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. The {@link java.io.PrintWriter} a command prints to swallows
 * I/O errors (it only sets a flag), so without this a full disk or a closed pipe went unnoticed: {@code export >
 * file} on a full disk left a truncated file and exited 0 (issue 18, defect 3). The failure is rethrown to the
 * writer and kept here, so the command line can exit 1 and say why.
 */
final class WatchedOutput extends FilterOutputStream {
    private IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException failed) {
            throw remember(failed);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException failed) {
            throw remember(failed);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException failed) {
            throw remember(failed);
        }
    }

    private synchronized IOException remember(IOException failed) {
        if (failure == null) {
            failure = failed;
        }
        return failed;
    }

    /** The first write that failed, if one did. */
    synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }
}
