package org.parallax.ui.diff;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.DiffSpan;
import org.parallax.analysis.diff.TextRange;
import org.parallax.analysis.diff.WordDiff;

/**
 * Cuts a diff into styled runs for the three renderings: the first text with deletions marked, the second with
 * insertions marked, and the inline view (deleted then inserted text at each change). The words of the selected
 * change are marked as well. Pure logic: the view turns each run into a {@code Text} node.
 */
final class DiffSegments {
    static final String PLAIN = "diff-plain";
    static final String DELETED = "diff-deleted";
    static final String INSERTED = "diff-inserted";
    static final String HIGHLIGHT = "diff-highlight";
    /** Between the deleted and the inserted words of a replacement in the inline rendering: a thin space. */
    static final String SEPARATOR = "\u2009";

    private DiffSegments() {
    }

    static List<DiffSegment> fromSide(WordDiff diff, Change selected) {
        List<DiffSegment> segments = new ArrayList<>();
        List<TextRange> marks = selected == null ? List.of() : selected.fromRanges();
        for (DiffSpan span : diff.spans()) {
            String style = span.isChange() ? DELETED : PLAIN;
            cut(diff.fromText(), span.fromStart(), span.fromEnd(), style, marks, segments);
        }
        return segments;
    }

    static List<DiffSegment> toSide(WordDiff diff, Change selected) {
        List<DiffSegment> segments = new ArrayList<>();
        List<TextRange> marks = selected == null ? List.of() : selected.toRanges();
        for (DiffSpan span : diff.spans()) {
            String style = span.isChange() ? INSERTED : PLAIN;
            cut(diff.toText(), span.toStart(), span.toEnd(), style, marks, segments);
        }
        return segments;
    }

    static List<DiffSegment> inline(WordDiff diff, Change selected) {
        List<DiffSegment> segments = new ArrayList<>();
        List<TextRange> fromMarks = selected == null ? List.of() : selected.fromRanges();
        List<TextRange> toMarks = selected == null ? List.of() : selected.toRanges();
        for (DiffSpan span : diff.spans()) {
            if (span.isChange()) {
                cut(diff.fromText(), span.fromStart(), span.fromEnd(), DELETED, fromMarks, segments);
                if (span.fromEnd() > span.fromStart() && span.toEnd() > span.toStart()) {
                    segments.add(new DiffSegment(SEPARATOR, List.of(PLAIN))); // keeps "old" and "new" apart
                }
                cut(diff.toText(), span.toStart(), span.toEnd(), INSERTED, toMarks, segments);
            } else {
                cut(diff.toText(), span.toStart(), span.toEnd(), PLAIN, toMarks, segments);
            }
        }
        return segments;
    }

    /** Adds {@code text[start, end)} in {@code style}, split where the marked ranges begin and end. */
    private static void cut(String text, int start, int end, String style, List<TextRange> marks,
                            List<DiffSegment> out) {
        int position = start;
        while (position < end) {
            boolean marked = false;
            int next = end;
            for (TextRange mark : marks) {
                if (mark.start() <= position && position < mark.end()) {
                    marked = true;
                    next = Math.min(next, mark.end());
                } else if (mark.start() > position) {
                    next = Math.min(next, mark.start());
                }
            }
            out.add(new DiffSegment(text.substring(position, next), marked ? List.of(style, HIGHLIGHT)
                    : List.of(style)));
            position = next;
        }
    }
}
