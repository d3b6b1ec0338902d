package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.analysis.framing.AlignedPair;
import org.parallax.analysis.framing.FramingChange;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.Span;
import org.parallax.analysis.framing.WordSpan;

/**
 * The JSON rendering of a framing comparison, fields exactly as CONTRACTS.md fixes them (plus {@code unmatched}
 * and {@code quotes}, after them). Offsets count Unicode code points (like the model's quote offsets), so a
 * script in any language can slice the texts with them.
 */
final class DiffJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiffJson() {
    }

    static String render(String fromName, String toName, FramingComparison comparison) {
        String from = comparison.fromText();
        String to = comparison.toText();
        CodePoints a = new CodePoints(from);
        CodePoints b = new CodePoints(to);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("from", fromName);
        root.put("to", toName);
        root.put("fromText", from);
        root.put("toText", to);
        ArrayNode spans = root.putArray("spans");
        for (WordSpan span : comparison.spans()) {
            ObjectNode node = spans.addObject();
            node.put("op", span.op().id());
            ranges(node, a, span.from(), b, span.to());
        }
        ArrayNode alignment = root.putArray("alignment");
        for (AlignedPair pair : comparison.alignment()) {
            ObjectNode node = alignment.addObject();
            ranges(node, a, pair.from(), b, pair.to());
            node.put("similarity", round(pair.similarity()));
        }
        ArrayNode changes = root.putArray("changes");
        for (FramingChange change : comparison.changes()) {
            ObjectNode node = changes.addObject();
            node.put("label", change.label().id());
            node.put("direction", change.direction().id());
            node.put("from", change.from());
            node.put("to", change.to());
            ranges(node, a, change.fromSpan(), b, change.toSpan());
            node.put("explanation", change.explanation());
        }
        root.put("similarity", round(comparison.similarity()));
        ObjectNode unmatched = root.putObject("unmatched");
        ArrayNode unmatchedFrom = unmatched.putArray("from");
        for (Span span : comparison.unmatchedFrom()) {
            unmatchedFrom.addObject().put("start", a.at(span.start())).put("end", a.at(span.end()));
        }
        ArrayNode unmatchedTo = unmatched.putArray("to");
        for (Span span : comparison.unmatchedTo()) {
            unmatchedTo.addObject().put("start", b.at(span.start())).put("end", b.at(span.end()));
        }
        ObjectNode quotes = root.putObject("quotes");
        ArrayNode fromQuotes = quotes.putArray("from");
        for (Span span : comparison.fromQuotes()) {
            fromQuotes.addObject().put("start", a.at(span.start())).put("end", a.at(span.end()));
        }
        ArrayNode toQuotes = quotes.putArray("to");
        for (Span span : comparison.toQuotes()) {
            toQuotes.addObject().put("start", b.at(span.start())).put("end", b.at(span.end()));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a JSON tree", impossible);
        }
    }

    private static void ranges(ObjectNode node, CodePoints a, Span from, CodePoints b, Span to) {
        node.put("fromStart", a.at(from.start()));
        node.put("fromEnd", a.at(from.end()));
        node.put("toStart", b.at(to.start()));
        node.put("toEnd", b.at(to.end()));
    }

    private static double round(double value) {
        return Math.round(value * 10000.0) / 10000.0;
    }

    /** Converts char offsets to code point offsets (prefix counts, any order). */
    private static final class CodePoints {
        private final int[] before;

        CodePoints(String text) {
            before = new int[text.length() + 1];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                before[i] = count;
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    count++;
                }
            }
            before[text.length()] = count;
        }

        int at(int charOffset) {
            return before[charOffset];
        }
    }
}
