package org.parallax.ui.export;

/** The clipboard, taking one content in two formats at once; an interface so tests can record what is put. */
@FunctionalInterface
public interface QuoteClipboard {
    void put(String plainText, String html);
}
