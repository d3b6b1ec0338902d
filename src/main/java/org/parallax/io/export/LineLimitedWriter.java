package org.parallax.io.export;

import java.io.IOException;
import java.io.Writer;

/** Keeps the first lines written to it (line ends normalised to \n), then stops the writer with {@link Enough}. */
final class LineLimitedWriter extends Writer {
    /** Thrown once the wanted lines are in: ends the export early. */
    static final class Enough extends IOException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("preview full", null);
        }
    }

    private final int maxLines;
    private final StringBuilder text = new StringBuilder();
    private int lines;

    LineLimitedWriter(int maxLines) {
        this.maxLines = maxLines;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (lines >= maxLines) {
                throw new Enough();
            }
            char c = chars[i];
            if (c == '\r') {
                continue;
            }
            text.append(c);
            if (c == '\n') {
                lines++;
            }
        }
    }

    String text() {
        return text.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
