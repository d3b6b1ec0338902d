package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.analysis.diff.Change;
import org.parallax.analysis.diff.DiffSpan;
import org.parallax.analysis.diff.TextComparison;

/**
 * The JSON rendering of a comparison, fields exactly as CONTRACTS.md fixes them. Span offsets count Unicode
 * code points (like the model's quote offsets), so a script in any language can slice the texts with them.
 */
final class DiffJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiffJson() {
    }

    static String render(String fromName, String toName, TextComparison comparison) {
        String from = comparison.diff().fromText();
        String to = comparison.diff().toText();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("from", fromName);
        root.put("to", toName);
        root.put("fromText", from);
        root.put("toText", to);
        ArrayNode spans = root.putArray("spans");
        CodePoints fromPoints = new CodePoints(from);
        CodePoints toPoints = new CodePoints(to);
        for (DiffSpan span : comparison.diff().spans()) {
            ObjectNode node = spans.addObject();
            node.put("op", span.op().id());
            node.put("fromStart", fromPoints.at(span.fromStart()));
            node.put("fromEnd", fromPoints.at(span.fromEnd()));
            node.put("toStart", toPoints.at(span.toStart()));
            node.put("toEnd", toPoints.at(span.toEnd()));
        }
        ArrayNode changes = root.putArray("changes");
        for (Change change : comparison.changes()) {
            ObjectNode node = changes.addObject();
            node.put("label", change.label().id());
            node.put("from", change.from());
            node.put("to", change.to());
        }
        root.put("similarity", Math.round(comparison.similarity() * 10000.0) / 10000.0);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a JSON tree", impossible);
        }
    }

    /** Converts increasing char offsets to code point offsets in one pass over the text. */
    private static final class CodePoints {
        private final String text;
        private int charIndex;
        private int codePointIndex;

        CodePoints(String text) {
            this.text = text;
        }

        int at(int charOffset) {
            if (charOffset < charIndex) {
                charIndex = 0;
                codePointIndex = 0;
            }
            codePointIndex += text.codePointCount(charIndex, charOffset);
            charIndex = charOffset;
            return codePointIndex;
        }
    }
}
