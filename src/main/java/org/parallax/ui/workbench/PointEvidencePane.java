package org.parallax.ui.workbench;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;

/**
 * The point's side of a proposal: its title, each side's claim and its quotes, with the words that support the match
 * marked (the paragraph's side is marked in the reader). Quotes holding evidence come first; at most
 * {@value #QUOTES} quotes are shown, the rest counted.
 */
final class PointEvidencePane extends VBox {
    static final int QUOTES = 6;

    PointEvidencePane() {
        super(4);
        setId("pointEvidence");
        getStyleClass().add("point-evidence");
        clear();
    }

    void clear() {
        Label hint = new Label("Select a proposal to see why it matches: its words are marked here and in the article.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().setAll(hint);
    }

    void show(Model model, Point point, List<EvidenceFinder.PointSpan> spans) {
        getChildren().clear();
        Label heading = new Label("Why this point");
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        MarkedText title = new MarkedText(point.title(), ranges(spans, EvidenceFinder.Part.TITLE, null, 0));
        title.setId("evidenceTitle");
        title.getStyleClass().add("evidence-title");
        getChildren().addAll(heading, title);
        for (Side side : model.sides()) {
            point.claimFor(side.id()).ifPresent(claim -> {
                String prefix = side.label() + ": ";
                MarkedText text = new MarkedText(prefix + claim, shift(ranges(spans, EvidenceFinder.Part.CLAIM,
                        side.id(), 0), prefix.codePointCount(0, prefix.length())));
                text.setId("evidenceClaim-" + side.id());
                text.getStyleClass().add("evidence-claim");
                getChildren().add(text);
            });
        }
        List<MarkedText> withEvidence = new ArrayList<>();
        List<MarkedText> without = new ArrayList<>();
        for (Framing framing : point.framings()) {
            String name = model.shortName(framing.source());
            for (int i = 0; i < framing.quotes().size(); i++) {
                List<int[]> marks = ranges(spans, EvidenceFinder.Part.QUOTE, framing.source(), i);
                String prefix = name + ": \u201C";
                MarkedText quote = new MarkedText(prefix + framing.quotes().get(i).text() + "\u201D",
                        shift(marks, prefix.codePointCount(0, prefix.length())));
                quote.getStyleClass().add("evidence-quote");
                (marks.isEmpty() ? without : withEvidence).add(quote);
            }
        }
        List<MarkedText> quotes = new ArrayList<>(withEvidence);
        quotes.addAll(without);
        quotes.stream().limit(QUOTES).forEach(getChildren()::add);
        if (quotes.size() > QUOTES) {
            Label more = new Label((quotes.size() - QUOTES) + " more quotes");
            more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            getChildren().add(more);
        }
    }

    private static List<int[]> ranges(List<EvidenceFinder.PointSpan> spans, EvidenceFinder.Part part, String key,
                                      int index) {
        List<int[]> ranges = new ArrayList<>();
        for (EvidenceFinder.PointSpan span : spans) {
            if (span.part() == part && java.util.Objects.equals(span.key(), key) && span.index() == index) {
                ranges.add(new int[] {span.start(), span.end()});
            }
        }
        return ranges;
    }

    private static List<int[]> shift(List<int[]> ranges, int by) {
        return ranges.stream().map(r -> new int[] {r[0] + by, r[1] + by}).toList();
    }

    /** Every marked word shown, in order (tests read them). */
    List<String> markedWords() {
        List<String> words = new ArrayList<>();
        getChildren().stream().filter(MarkedText.class::isInstance).forEach(n -> words.addAll(((MarkedText) n)
                .marked()));
        return words;
    }
}
