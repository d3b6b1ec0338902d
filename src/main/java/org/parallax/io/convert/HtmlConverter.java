package org.parallax.io.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML with jsoup: the text of the body, one paragraph per block element (p, headings, list items, quotes,
 * table cells, divs holding text), scripts, styles and forms left out. Whitespace inside a block collapses to one
 * space, as a browser shows it; {@code <pre>} keeps its lines.
 */
final class HtmlConverter implements FormatConverter {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "div", "section", "article", "header", "footer", "main", "aside", "td", "th", "tr", "dt", "dd",
            "figcaption", "caption", "address", "hr", "br", "table", "ul", "ol", "dl", "figure", "nav", "title");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "form", "button", "select", "textarea", "input", "head");

    @Override
    public String toText(byte[] bytes) throws Rejected {
        String looksLike = PlainTextConverter.notText(bytes);
        if (looksLike != null) {
            throw new Rejected("it is not an HTML file: it looks like " + looksLike);
        }
        return fromDocument(parse(bytes));
    }

    private static Document parse(byte[] bytes) throws Rejected {
        try {
            return Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
        } catch (java.io.IOException unreadable) {
            throw new Rejected("it cannot be read as HTML: " + unreadable.getMessage());
        }
    }

    /** The paragraphs of an HTML string (Markdown is rendered to HTML and read here too). */
    static String fromHtml(String html) {
        return fromDocument(Jsoup.parse(html));
    }

    static String fromDocument(Document document) {
        document.select(String.join(",", SKIPPED)).remove();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] preDepth = {0};
        Element root = document.body() != null ? document.body() : document;
        String title = document.title();
        if (!title.isBlank() && !root.text().contains(title.strip())) {
            paragraphs.add(title.strip());
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (preDepth[0] > 0) {
                        current.append(text.getWholeText());
                    } else {
                        appendCollapsed(current, text.getWholeText());
                    }
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("pre")) {
                        flush(current, paragraphs);
                        preDepth[0]++;
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.normalName().equals("pre")) {
                        preDepth[0]--;
                        flush(current, paragraphs);
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void appendCollapsed(StringBuilder current, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (space) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
