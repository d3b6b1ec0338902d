package org.parallax.ui.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.parallax.analysis.align.Proposal;
import org.parallax.model.Framing;
import org.parallax.model.Point;

/**
 * Evidence found by stem: the proposal's evidence words and every text searched go through Lucene's English analyzer
 * (the one the aligner's word index uses: lower case, Porter stems), so "chips" in the paragraph marks "chip" in a
 * claim. Cheap: one analyzer pass per text.
 */
final class StemEvidence implements EvidenceFinder {
    private final Analyzer analyzer = new EnglishAnalyzer();

    @Override
    public List<int[]> inParagraph(Proposal proposal) {
        List<int[]> spans = new ArrayList<>();
        String text = proposal.paragraph().text();
        int base = proposal.paragraph().start();
        find(text, stems(proposal), (start, end) -> spans.add(new int[] {base + start, base + end}));
        return spans;
    }

    @Override
    public List<PointSpan> inPoint(Proposal proposal, Point point) {
        Set<String> stems = stems(proposal);
        List<PointSpan> spans = new ArrayList<>();
        if (stems.isEmpty()) {
            return spans;
        }
        find(point.title(), stems, (start, end) -> spans.add(new PointSpan(Part.TITLE, null, 0, start, end)));
        for (Map.Entry<String, String> claim : point.claims().entrySet()) {
            find(claim.getValue(), stems, (start, end) -> spans.add(
                    new PointSpan(Part.CLAIM, claim.getKey(), 0, start, end)));
        }
        for (Framing framing : point.framings()) {
            for (int i = 0; i < framing.quotes().size(); i++) {
                int index = i;
                find(framing.quotes().get(i).text(), stems, (start, end) -> spans.add(
                        new PointSpan(Part.QUOTE, framing.source(), index, start, end)));
            }
        }
        return spans;
    }

    private Set<String> stems(Proposal proposal) {
        Set<String> stems = new HashSet<>();
        for (String word : proposal.evidence()) {
            find(word, null, (start, end) -> { }, stems);
        }
        return stems;
    }

    private void find(String text, Set<String> stems, BiConsumer<Integer, Integer> found) {
        if (!stems.isEmpty()) {
            find(text, stems, found, null);
        }
    }

    /** Each token of {@code text} whose stem is in {@code stems} (all, when null), as code points; stems collected. */
    private void find(String text, Set<String> stems, BiConsumer<Integer, Integer> found, Set<String> collect) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (collect != null) {
                    collect.add(stem);
                }
                if (stems == null || stems.contains(stem)) {
                    int start = text.codePointCount(0, offset.startOffset());
                    found.accept(start, start + text.codePointCount(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }
}
