package org.parallax.io.convert;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown with commonmark-java: rendered to HTML, then read as HTML, so headings, list items and paragraphs
 * become paragraphs of plain text and the markup itself (#, *, links' URLs) is not part of the article.
 */
final class MarkdownConverter implements FormatConverter {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

    @Override
    public String toText(byte[] bytes) throws Rejected {
        String markdown = PlainTextConverter.decode(bytes);
        return HtmlConverter.fromHtml(RENDERER.render(PARSER.parse(markdown)));
    }
}
