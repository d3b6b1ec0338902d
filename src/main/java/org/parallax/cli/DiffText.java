package org.parallax.cli;

import java.util.Locale;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.DiffSpan;
import org.parallax.analysis.diff.TextComparison;

/**
 * The terminal rendering of a comparison: the second text with {@code [-deleted-]} and {@code {+inserted+}}
 * marks (differences only in case, quotes or spacing are shown as the second text has them), then the
 * classified changes, one per line.
 */
final class DiffText {
    private DiffText() {
    }

    static String render(String fromName, String toName, TextComparison comparison) {
        String from = comparison.diff().fromText();
        String to = comparison.diff().toText();
        StringBuilder text = new StringBuilder();
        text.append("from: ").append(fromName).append('\n');
        text.append("to:   ").append(toName).append('\n');
        text.append("similarity: ").append(String.format(Locale.ROOT, "%.2f", comparison.similarity()))
                .append("\n\n");
        for (DiffSpan span : comparison.diff().spans()) {
            if (!span.isChange()) {
                text.append(span.toText(to));
                continue;
            }
            if (span.fromEnd() > span.fromStart()) {
                text.append("[-").append(span.fromText(from)).append("-]");
            }
            if (span.toEnd() > span.toStart()) {
                text.append("{+").append(span.toText(to)).append("+}");
            }
        }
        text.append("\n\n");
        if (comparison.changes().isEmpty()) {
            text.append("changes: none classified\n");
            return text.toString();
        }
        text.append("changes:\n");
        for (Change change : comparison.changes()) {
            text.append(String.format(Locale.ROOT, "  %-13s %s -> %s%n", change.label().id(),
                    quoteOrNone(change.from()), quoteOrNone(change.to())));
        }
        return text.toString();
    }

    private static String quoteOrNone(String words) {
        return words.isEmpty() ? "(none)" : "\"" + words + "\"";
    }
}
