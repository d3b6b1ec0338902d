package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.Alignment;
import org.parallax.analysis.align.Paragraph;
import org.parallax.analysis.align.Proposal;
import org.parallax.model.Model;

/** The text and JSON renderings of an alignment, fields exactly as CONTRACTS.md fixes them. */
final class AlignOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AlignOutput() {
    }

    static String json(Alignment alignment) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode proposals = root.putArray("proposals");
        for (Proposal proposal : alignment.proposals()) {
            ObjectNode node = proposals.addObject();
            node.put("start", proposal.paragraph().start());
            node.put("end", proposal.paragraph().end());
            node.put("text", proposal.paragraph().text());
            node.put("point", proposal.pointId());
            node.put("score", proposal.score());
            ArrayNode evidence = node.putArray("evidence");
            proposal.evidence().forEach(evidence::add);
        }
        ArrayNode unmatched = root.putArray("unmatched");
        for (Paragraph paragraph : alignment.newPointCandidates()) {
            ObjectNode node = unmatched.addObject();
            node.put("start", paragraph.start());
            node.put("end", paragraph.end());
            node.put("text", paragraph.text());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    static String text(Alignment alignment, Model model, double minScore) {
        StringBuilder out = new StringBuilder();
        int proposed = 0;
        for (Paragraph paragraph : alignment.paragraphs()) {
            List<Proposal> proposals = alignment.proposalsFor(paragraph);
            boolean newPoint = alignment.newPointCandidates().contains(paragraph);
            if (proposals.isEmpty() && !newPoint) {
                continue;
            }
            out.append("paragraph ").append(paragraph.index() + 1).append(" [").append(paragraph.start()).append(", ")
                    .append(paragraph.end()).append(") ").append(excerpt(paragraph.text())).append('\n');
            for (Proposal proposal : proposals) {
                proposed++;
                String title = model.point(proposal.pointId()).map(p -> p.title()).orElse("");
                out.append(String.format(Locale.ROOT, "  %.2f  %s: %s%n", proposal.score(), proposal.pointId(), title));
                if (!proposal.evidence().isEmpty()) {
                    out.append("        words: ").append(String.join(", ", proposal.evidence())).append('\n');
                }
            }
            if (newPoint) {
                out.append(String.format(Locale.ROOT, "  new point? it compares the sides and no point scores %.2f or more%n",
                        alignment.usedMeaning() ? Math.max(minScore, Aligner.NEW_POINT_BAR) : minScore));
            }
        }
        out.append(String.format(Locale.ROOT, "%d proposals for %d of %d paragraphs at score >= %.2f; %d new point?"
                        + " paragraphs; %s%n", proposed,
                alignment.paragraphs().stream().filter(p -> !alignment.proposalsFor(p).isEmpty()).count(),
                alignment.paragraphs().size(), minScore, alignment.newPointCandidates().size(),
                alignment.usedMeaning() ? "words and meaning" : "words alone (the sentence encoder is not available)"));
        return out.toString();
    }

    private static String excerpt(String text) {
        String line = text.replace('\n', ' ');
        return "\"" + (line.codePointCount(0, line.length()) > 70
                ? line.substring(0, line.offsetByCodePoints(0, 70)) + "\u2026" : line) + "\"";
    }
}
