package org.parallax.cli;

import java.util.List;
import java.util.Locale;
import org.parallax.analysis.framing.AlignedPair;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.Span;
import org.parallax.analysis.framing.WordSpan;

/**
 * The terminal rendering of a framing comparison: each aligned pair as B's words with {@code [-deleted-]} and
 * {@code {+inserted+}} marks and its similarity, then its changes with their explanations; unmatched sentences
 * of either side after them.
 */
final class DiffText {
    private DiffText() {
    }

    static String render(String fromName, String toName, FramingComparison comparison) {
        String from = comparison.fromText();
        String to = comparison.toText();
        StringBuilder text = new StringBuilder();
        text.append("from: ").append(fromName).append(" (A)\n");
        text.append("to:   ").append(toName).append(" (B)\n");
        text.append("similarity: ").append(String.format(Locale.ROOT, "%.2f", comparison.similarity()))
                .append("\n");
        List<AlignedPair> pairs = comparison.alignment();
        for (int index = 0; index < pairs.size(); index++) {
            AlignedPair pair = pairs.get(index);
            text.append(String.format(Locale.ROOT, "%n[%d] aligned, similarity %.2f%n    ", index + 1,
                    pair.similarity()));
            for (WordSpan span : pair.words()) {
                if (!span.isChange()) {
                    text.append(span.to().of(to));
                    continue;
                }
                if (!span.from().isEmpty()) {
                    text.append("[-").append(span.from().of(from)).append("-]");
                }
                if (!span.to().isEmpty()) {
                    text.append("{+").append(span.to().of(to)).append("+}");
                }
            }
            text.append('\n');
            for (FramingChange change : comparison.changesOf(index)) {
                text.append(String.format(Locale.ROOT, "    %-13s %-8s %s%n", change.label().id(),
                        change.direction().id(), change.explanation()));
            }
        }
        for (Span span : comparison.unmatchedFrom()) {
            text.append("\nonly in A: ").append(span.of(from)).append('\n');
        }
        for (Span span : comparison.unmatchedTo()) {
            text.append("\nonly in B: ").append(span.of(to)).append('\n');
        }
        text.append('\n');
        if (comparison.changes().isEmpty()) {
            text.append("changes: none\n");
        } else {
            text.append("changes: ").append(comparison.changes().size()).append(" (")
                    .append(String.join(", ", comparison.labels().stream().map(l -> l.id()).toList()))
                    .append(")\n");
        }
        return text.toString();
    }
}
