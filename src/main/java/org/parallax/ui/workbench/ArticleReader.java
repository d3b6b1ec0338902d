package org.parallax.ui.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.parallax.io.SourceText;

/**
 * The whole article in a read-only RichTextFX area (virtualised: only visible paragraphs have nodes), its quotes
 * highlighted in one of eight colours per point. The selection is read as code-point offsets of the stored text,
 * the offsets every quote counts in; nobody types them.
 */
final class ArticleReader extends VirtualizedScrollPane<StyleClassedTextArea> {
    static final int COLOURS = 8;
    private final StyleClassedTextArea area;
    static final String EVIDENCE = "evidence";
    private SourceText text;
    private List<WorkbenchViewModel.CodedQuote> quotes = List.of();
    private List<int[]> evidence = List.of();

    ArticleReader() {
        super(new StyleClassedTextArea());
        area = getContent();
        area.setId("articleReader");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("article-reader");
        setId("articleReaderPane");
    }

    void show(SourceText article, List<WorkbenchViewModel.CodedQuote> quotes) {
        this.text = article;
        this.quotes = quotes;
        if (article == null) {
            evidence = List.of();
            area.replaceText("");
            return;
        }
        if (!area.getText().equals(article.text())) {
            evidence = List.of();
            area.replaceText(article.text());
            area.moveTo(0);
            area.requestFollowCaret();
        }
        restyle();
    }

    /**
     * Marks a proposal's evidence words (code-point ranges of the article) with {@value #EVIDENCE}, over the quotes'
     * highlights; an empty list clears the marks.
     */
    void markEvidence(List<int[]> ranges) {
        evidence = List.copyOf(ranges);
        restyle();
    }

    private void restyle() {
        if (text == null || area.getLength() == 0) {
            return;
        }
        StyleSpans<Collection<String>> spans = quoteSpans(quotes);
        if (!evidence.isEmpty()) {
            spans = spans.overlay(evidenceSpans(), (quote, word) -> {
                if (word.isEmpty()) {
                    return quote;
                }
                Set<String> both = new java.util.HashSet<>(quote);
                both.addAll(word);
                return both;
            });
        }
        area.setStyleSpans(0, spans);
    }

    private StyleSpans<Collection<String>> evidenceSpans() {
        int length = area.getLength();
        List<int[]> sorted = new java.util.ArrayList<>(evidence);
        sorted.sort(java.util.Comparator.comparingInt(r -> r[0]));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (int[] range : sorted) {
            int from = Math.max(at, text.charIndex(Math.min(range[0], text.codePointCount())));
            int to = Math.min(length, text.charIndex(Math.min(range[1], text.codePointCount())));
            if (to <= from) {
                continue;
            }
            spans.add(Set.of(), from - at);
            spans.add(Set.of(EVIDENCE), to - from);
            at = to;
        }
        spans.add(Set.of(), length - at);
        return spans.create();
    }

    /** The evidence words marked now, as the reader shows them (tests read them). */
    List<String> evidenceWords() {
        List<String> words = new java.util.ArrayList<>();
        int at = 0;
        for (var span : area.getStyleSpans(0, area.getLength())) {
            if (span.getStyle().contains(EVIDENCE)) {
                words.add(area.getText(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return words;
    }

    private StyleSpans<Collection<String>> quoteSpans(List<WorkbenchViewModel.CodedQuote> quotes) {
        int length = area.getLength();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (WorkbenchViewModel.CodedQuote coded : quotes) {
            int from = Math.max(at, text.charIndex(Math.min(coded.quote().start(), text.codePointCount())));
            int to = Math.min(length, text.charIndex(Math.min(coded.quote().end(), text.codePointCount())));
            if (to <= from) {
                continue;
            }
            spans.add(Set.of(), from - at);
            spans.add(Set.of("quote", "quote-" + Math.floorMod(coded.pointId().hashCode(), COLOURS)), to - from);
            at = to;
        }
        spans.add(Set.of(), length - at);
        return spans.create();
    }

    /** The selection as code points of the article: {start, end}, equal when nothing is selected. */
    int[] selection() {
        if (text == null) {
            return new int[] {0, 0};
        }
        var range = area.getSelection();
        return new int[] {text.codePointOffset(range.getStart()), text.codePointOffset(range.getEnd())};
    }

    /**
     * Selects code points [start, end) and scrolls so that the paragraph where the selection starts is at the top
     * of the view (the start of a quote matters more than its end).
     */
    void select(int start, int end) {
        if (text == null) {
            return;
        }
        int from = text.charIndex(Math.min(start, text.codePointCount()));
        area.selectRange(from, text.charIndex(Math.min(end, text.codePointCount())));
        area.showParagraphAtTop(selectedParagraph());
    }

    /** The paragraph (line of the text) where the selection starts. */
    int selectedParagraph() {
        return area.offsetToPosition(area.getSelection().getStart(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    }

    StyleClassedTextArea area() {
        return area;
    }
}
