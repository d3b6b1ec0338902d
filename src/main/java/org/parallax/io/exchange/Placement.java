package org.parallax.io.exchange;

import java.util.List;

/**
 * Which {@link OffsetConvention} a source's selections use, decided by evidence, not by the tool's name: each
 * convention that reads the text differently is tried, and a selection whose name (the coded text, as MAXQDA,
 * QualCoder and Parallax write it, possibly cut short with "...") matches its slice under a convention confirms
 * it. The convention with the most confirmations wins, the standard (code points, line ends as stored) on a tie.
 * When no name confirms any convention, the one under which most selections begin and end at word boundaries
 * wins (again the standard on a tie). A selection whose name then disagrees with its slice is not placed: reported, never guessed.
 */
record Placement(OffsetConvention convention, int[] table, int confirmed) {

    static Placement choose(RefiReader.RawText raw, List<RefiProject.Selection> selections) {
        List<OffsetConvention> candidates = OffsetConvention.distinctFor(raw.text(), raw.hadBom());
        if (candidates.size() == 1) {
            return new Placement(candidates.get(0), candidates.get(0).table(raw.text()), 0);
        }
        Placement best = null;
        for (OffsetConvention convention : candidates) {
            int[] table = convention.table(raw.text());
            int confirmed = confirmations(raw.text(), table, selections);
            if (best == null || confirmed > best.confirmed()) {
                best = new Placement(convention, table, confirmed);
            }
        }
        if (best.confirmed() > 0) {
            return best;
        }
        // no selection names its text: the second evidence is where selections begin and end. Coders select
        // words; under a wrong convention the spans shift and cut words. Only a strictly better fit wins.
        Placement fit = null;
        int fitScore = -1;
        for (OffsetConvention convention : candidates) {
            int[] table = convention.table(raw.text());
            int score = wordBoundaries(raw.text(), table, selections);
            if (score > fitScore) {
                fit = new Placement(convention, table, 0);
                fitScore = score;
            }
        }
        return fit;
    }

    private static int wordBoundaries(String text, int[] table, List<RefiProject.Selection> selections) {
        org.parallax.io.SourceText source = new org.parallax.io.SourceText(text);
        int score = 0;
        for (RefiProject.Selection selection : selections) {
            int start = OffsetConvention.toCodePoint(table, selection.start());
            int end = OffsetConvention.toCodePoint(table, selection.end());
            if (start >= 0 && end > start) {
                score += (isBoundary(source, start) ? 1 : 0) + (isBoundary(source, end) ? 1 : 0);
            }
        }
        return score;
    }

    private static boolean isBoundary(org.parallax.io.SourceText source, int offset) {
        if (offset == 0 || offset >= source.codePointCount()) {
            return true;
        }
        String text = source.text();
        int at = source.charIndex(offset);
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        return !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after);
    }

    int position(long toolPosition) {
        return OffsetConvention.toCodePoint(table, toolPosition);
    }

    private static int confirmations(String text, int[] table, List<RefiProject.Selection> selections) {
        org.parallax.io.SourceText source = new org.parallax.io.SourceText(text);
        int confirmed = 0;
        for (RefiProject.Selection selection : selections) {
            String name = evidence(selection.name());
            if (name.isEmpty()) {
                continue;
            }
            int start = OffsetConvention.toCodePoint(table, selection.start());
            int end = OffsetConvention.toCodePoint(table, selection.end());
            if (start >= 0 && end > start && flat(source.slice(start, end)).startsWith(name)) {
                confirmed++;
            }
        }
        return confirmed;
    }

    /** True when the name is no evidence (blank) or its text begins the excerpt. */
    static boolean agrees(String name, String excerpt) {
        String evidence = evidence(name);
        return evidence.isEmpty() || flat(excerpt).startsWith(evidence);
    }

    /** The name as evidence: whitespace runs as one space, an ellipsis that marks a cut removed. */
    private static String evidence(String name) {
        if (name == null) {
            return "";
        }
        String flat = flat(name);
        if (flat.endsWith("...")) {
            flat = flat.substring(0, flat.length() - 3).stripTrailing();
        } else if (flat.endsWith("…")) {
            flat = flat.substring(0, flat.length() - 1).stripTrailing();
        }
        return flat;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
