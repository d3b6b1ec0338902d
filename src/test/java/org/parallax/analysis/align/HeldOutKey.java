package org.parallax.analysis.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The held-out article and its answer key (test resources), and the measures docs/alignment.md reports. */
final class HeldOutKey {
    static final String ARTICLE = "held-out-article.txt";
    static final String KEY = "held-out-key.tsv";
    static final String SECOND_ARTICLE = "second-held-out-article.txt";
    static final String SECOND_KEY = "second-held-out-key.tsv";

    /** Opening words of a paragraph -> the points it makes (empty for "none"); "-" and "new" lines are kept apart. */
    final Map<String, Set<String>> pointsByOpening = new LinkedHashMap<>();
    final Set<String> unrelated = new LinkedHashSet<>();
    final Set<String> newPoint = new LinkedHashSet<>();

    static String read(String name) throws IOException {
        try (InputStream in = HeldOutKey.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static HeldOutKey load() throws IOException {
        return load(KEY);
    }

    /** The second held-out article's key (written for it, never used to choose constants before its first measure). */
    static HeldOutKey loadSecond() throws IOException {
        return load(SECOND_KEY);
    }

    static HeldOutKey load(String keyFile) throws IOException {
        HeldOutKey key = new HeldOutKey();
        for (String line : read(keyFile).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            switch (parts[1]) {
                case "none" -> key.unrelated.add(parts[0]);
                case "new" -> key.newPoint.add(parts[0]);
                case "-" -> { }
                default -> key.pointsByOpening.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(parts[1]);
            }
        }
        return key;
    }

    static Paragraph find(List<Paragraph> paragraphs, String opening) {
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.text().startsWith(opening)) {
                return paragraph;
            }
        }
        throw new AssertionError("no paragraph opens with \"" + opening + "\"");
    }

    /** Measures of one alignment against the key. */
    record Measures(int keyPairs, int foundInTopThree, int proposed, int proposedCorrect, int unrelatedProposals,
                    List<String> missed) {
        double recallTopThree() {
            return (double) foundInTopThree / keyPairs;
        }

        double precision() {
            return proposed == 0 ? 0 : (double) proposedCorrect / proposed;
        }

        double recallAboveThreshold() {
            return (double) proposedCorrect / keyPairs;
        }
    }

    Measures measure(Aligner aligner, String article, double threshold) {
        Alignment alignment = aligner.align(article, threshold);
        List<Paragraph> paragraphs = alignment.paragraphs();
        int keyPairs = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : pointsByOpening.entrySet()) {
            Paragraph paragraph = find(paragraphs, entry.getKey());
            List<Proposal> ranked = aligner.rank(paragraph, paragraphVector(aligner, paragraph));
            List<String> topThree = ranked.stream().limit(3).map(Proposal::pointId).toList();
            for (String point : entry.getValue()) {
                keyPairs++;
                if (topThree.contains(point)) {
                    found++;
                } else {
                    missed.add(entry.getKey() + " -> " + point + " (top three: " + topThree + ")");
                }
            }
        }
        int proposed = 0;
        int correct = 0;
        int unrelatedProposals = 0;
        for (Proposal proposal : alignment.proposals()) {
            String opening = openingOf(proposal.paragraph());
            if (opening == null) {
                continue; // the title line: not scored
            }
            if (unrelated.contains(opening)) {
                unrelatedProposals++;
            }
            proposed++;
            if (pointsByOpening.getOrDefault(opening, Set.of()).contains(proposal.pointId())) {
                correct++;
            }
        }
        return new Measures(keyPairs, found, proposed, correct, unrelatedProposals, missed);
    }

    private String openingOf(Paragraph paragraph) {
        for (String opening : pointsByOpening.keySet()) {
            if (paragraph.text().startsWith(opening)) {
                return opening;
            }
        }
        for (String opening : unrelated) {
            if (paragraph.text().startsWith(opening)) {
                return opening;
            }
        }
        for (String opening : newPoint) {
            if (paragraph.text().startsWith(opening)) {
                return opening;
            }
        }
        return null;
    }

    private static float[][] paragraphVector(Aligner aligner, Paragraph paragraph) {
        return aligner.paragraphVector(paragraph.text());
    }
}
