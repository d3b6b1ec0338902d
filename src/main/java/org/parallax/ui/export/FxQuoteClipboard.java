package org.parallax.ui.export;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard: plain text and HTML in one content, so each paste target takes the richer it knows. */
public final class FxQuoteClipboard implements QuoteClipboard {
    @Override
    public void put(String plainText, String html) {
        ClipboardContent content = new ClipboardContent();
        content.putString(plainText);
        content.putHtml(html);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
