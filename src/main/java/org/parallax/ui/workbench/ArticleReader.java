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
    private SourceText text;

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
        if (article == null) {
            area.replaceText("");
            return;
        }
        if (!area.getText().equals(article.text())) {
            area.replaceText(article.text());
            area.moveTo(0);
            area.requestFollowCaret();
        }
        mark(quotes);
    }

    private void mark(List<WorkbenchViewModel.CodedQuote> quotes) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
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
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }

    /** The selection as code points of the article: {start, end}, equal when nothing is selected. */
    int[] selection() {
        if (text == null) {
            return new int[] {0, 0};
        }
        var range = area.getSelection();
        return new int[] {text.codePointOffset(range.getStart()), text.codePointOffset(range.getEnd())};
    }

    /** Selects code points [start, end) and scrolls there (tests, and "show in article"). */
    void select(int start, int end) {
        if (text == null) {
            return;
        }
        area.selectRange(text.charIndex(start), text.charIndex(end));
        area.requestFollowCaret();
    }

    StyleClassedTextArea area() {
        return area;
    }
}
