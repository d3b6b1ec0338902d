package org.parallax.io.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indenting XML writer for element-only documents with text leaves (what QDA-XML is). Written by hand
 * rather than with StAX because the JDK's StAX writer leaves line ends in attribute values unescaped, and a
 * parser then reads them back as spaces (XML attribute normalisation): here {@code \n}, {@code \r} and
 * {@code \t} in attributes, and {@code \r} in text, become character references, and characters XML 1.0
 * cannot carry (C0 controls, lone surrogates) become U+FFFD.
 */
final class XmlOut {
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean hasChildren;

    XmlOut(Writer out) throws IOException {
        this.out = out;
        out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    }

    XmlOut start(String name) throws IOException {
        closeStartTag(true);
        indent(open.size());
        out.write('<');
        out.write(name);
        open.push(name);
        startTagOpen = true;
        hasChildren = false;
        return this;
    }

    XmlOut attribute(String name, String value) throws IOException {
        if (value == null) {
            return this;
        }
        if (!startTagOpen) {
            throw new IllegalStateException("attribute outside a start tag: " + name);
        }
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value, true);
        out.write('"');
        return this;
    }

    XmlOut attribute(String name, long value) throws IOException {
        return attribute(name, Long.toString(value));
    }

    /** An element holding only text: {@code <Name>text</Name>}. */
    XmlOut textElement(String name, String text) throws IOException {
        start(name);
        closeStartTag(false);
        escape(text, false);
        out.write("</");
        out.write(open.pop());
        out.write('>');
        hasChildren = true;
        return this;
    }

    XmlOut end() throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            out.write("/>");
            startTagOpen = false;
        } else {
            indent(open.size());
            out.write("</");
            out.write(name);
            out.write('>');
        }
        hasChildren = true;
        return this;
    }

    void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        out.write('\n');
        out.flush();
    }

    private void closeStartTag(boolean child) throws IOException {
        if (startTagOpen) {
            out.write('>');
            startTagOpen = false;
        }
        if (child) {
            hasChildren = true;
        }
    }

    private void indent(int depth) throws IOException {
        if (depth > 0 || hasChildren) {
            out.write('\n');
        }
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void escape(String text, boolean attribute) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\r' -> out.write("&#13;");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.write(c);
                        out.write(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.write('\uFFFD');
                    } else {
                        out.write(c);
                    }
                }
            }
        }
    }
}
