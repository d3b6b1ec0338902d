package org.parallax.analysis.framing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the framing labels against a hand-labelled set of pairs (JSONL: id, topic, onCorpus, control, from, to,
 * labels, notes). Counted per pair over the set of labels a pair carries: a label found twice in one pair
 * counts once.
 */
final class FramingScore {
    record Pair(String id, boolean control, boolean onCorpus, String from, String to, Set<FramingLabel> expected,
                String notes) {
    }

    record Outcome(Pair pair, Set<FramingLabel> found, FramingComparison comparison) {
    }

    final List<Outcome> outcomes = new ArrayList<>();
    final Map<FramingLabel, int[]> counts = new EnumMap<>(FramingLabel.class); // tp, fp, fn
    int controlsLabelled;
    int controls;

    static List<Pair> read(String resource) {
        ObjectMapper mapper = new ObjectMapper();
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = FramingScore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                Set<FramingLabel> labels = EnumSet.noneOf(FramingLabel.class);
                for (JsonNode label : node.path("labels")) {
                    labels.add(FramingLabel.byId(label.asText())
                            .orElseThrow(() -> new IllegalStateException("unknown label " + label)));
                }
                pairs.add(new Pair(node.path("id").asText(), node.path("control").asBoolean(),
                        node.path("onCorpus").asBoolean(), node.path("from").asText(), node.path("to").asText(),
                        labels, node.path("notes").asText("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    static FramingScore score(FramingAnalyzer analyzer, List<Pair> pairs) {
        FramingScore score = new FramingScore();
        for (FramingLabel label : FramingLabel.values()) {
            score.counts.put(label, new int[3]);
        }
        for (Pair pair : pairs) {
            FramingComparison comparison = analyzer.compare(pair.from(), pair.to());
            Set<FramingLabel> found = comparison.labels();
            score.outcomes.add(new Outcome(pair, found, comparison));
            if (pair.control()) {
                score.controls++;
                if (!found.isEmpty()) {
                    score.controlsLabelled++;
                }
            }
            for (FramingLabel label : FramingLabel.values()) {
                boolean want = pair.expected().contains(label);
                boolean got = found.contains(label);
                int[] c = score.counts.get(label);
                if (want && got) {
                    c[0]++;
                } else if (got) {
                    c[1]++;
                } else if (want) {
                    c[2]++;
                }
            }
        }
        return score;
    }

    double precision(FramingLabel label) {
        int[] c = counts.get(label);
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    double recall(FramingLabel label) {
        int[] c = counts.get(label);
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    int[] micro() {
        int[] total = new int[3];
        counts.values().forEach(c -> {
            total[0] += c[0];
            total[1] += c[1];
            total[2] += c[2];
        });
        return total;
    }

    double microPrecision() {
        int[] t = micro();
        return t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
    }

    double microRecall() {
        int[] t = micro();
        return t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
    }

    /** The table as docs/diff.md shows it. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| label | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        for (FramingLabel label : FramingLabel.values()) {
            int[] c = counts.get(label);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f%% | %.1f%% |%n", label.id(), c[0],
                    c[1], c[2], 100 * precision(label), 100 * recall(label)));
        }
        int[] t = micro();
        out.append(String.format(Locale.ROOT, "| **micro** | %d | %d | %d | **%.1f%%** | **%.1f%%** |%n", t[0],
                t[1], t[2], 100 * microPrecision(), 100 * microRecall()));
        out.append(String.format(Locale.ROOT, "%nControls labelled: %d of %d. Pairs: %d.%n", controlsLabelled,
                controls, outcomes.size()));
        return out.toString();
    }

    /** Every pair whose labels differ from the expected ones, with the changes found. */
    String mistakes() {
        StringBuilder out = new StringBuilder();
        for (Outcome outcome : outcomes) {
            if (!outcome.found().equals(outcome.pair().expected())) {
                out.append(outcome.pair().id()).append(": expected ").append(ids(outcome.pair().expected()))
                        .append(" found ").append(ids(outcome.found())).append('\n');
                out.append("   A: ").append(outcome.pair().from()).append('\n');
                out.append("   B: ").append(outcome.pair().to()).append('\n');
                for (FramingChange change : outcome.comparison().changes()) {
                    out.append("   - ").append(change.label().id()).append(": ").append(change.explanation())
                            .append('\n');
                }
                out.append("   pairs: ").append(outcome.comparison().alignment().size()).append(", unmatched ")
                        .append(outcome.comparison().unmatchedFrom().size()).append('/')
                        .append(outcome.comparison().unmatchedTo().size()).append('\n');
            }
        }
        return out.toString();
    }

    private static String ids(Set<FramingLabel> labels) {
        return labels.stream().map(FramingLabel::id).toList().toString();
    }
}
