package org.parallax.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one model file, turning parser locations into line and character column. */
final class Problems {
    private final String file;
    private final byte[] bytes;
    private final ColumnFinder columns;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
        this.columns = new ColumnFinder(bytes);
    }

    void add(ProblemKind kind, JsonLocation at, String path, String message) {
        found.add(new Problem(file, line(at), column(at), kind, path, message));
    }

    void addAtByte(ProblemKind kind, int byteOffset, String path, String message) {
        int[] position = TextPosition.of(bytes, byteOffset);
        found.add(new Problem(file, position[0], position[1], kind, path, message));
    }

    int line(JsonLocation at) {
        if (at == null) {
            return 0;
        }
        return Math.max(at.getLineNr(), 0);
    }

    int column(JsonLocation at) {
        if (at == null) {
            return 0;
        }
        long offset = at.getByteOffset();
        return offset < 0 ? Math.max(at.getColumnNr(), 0) : columns.column(offset);
    }

    String file() {
        return file;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Bytes the column finder has looked at (linear in the file for a parse; see ColumnFinder). */
    long columnBytesScanned() {
        return columns.scanned();
    }

    List<Problem> list() {
        return found;
    }
}
