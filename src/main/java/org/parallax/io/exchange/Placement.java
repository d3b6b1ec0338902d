package org.parallax.io.exchange;

import java.util.List;

/**
 * Which {@link OffsetConvention} a source's selections use, decided by evidence, not by the tool's name: each
 * convention that reads the text differently is tried, and a selection whose name (the coded text, as MAXQDA,
 * QualCoder and Parallax write it, possibly cut short with "...") matches its slice under a convention confirms
 * it. The convention with the most confirmations wins, the standard (code points, line ends as stored) on a tie or
 * without evidence. A selection whose name then disagrees with its slice is not placed: reported, never guessed.
 */
record Placement(OffsetConvention convention, int[] table, int confirmed) {

    static Placement choose(RefiReader.RawText raw, List<RefiProject.Selection> selections) {
        List<OffsetConvention> candidates = OffsetConvention.distinctFor(raw.text(), raw.hadBom());
        Placement best = null;
        for (OffsetConvention convention : candidates) {
            int[] table = convention.table(raw.text());
            int confirmed = candidates.size() == 1 ? 0 : confirmations(raw.text(), table, selections);
            if (best == null || confirmed > best.confirmed()) {
                best = new Placement(convention, table, confirmed);
            }
        }
        return best;
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
