package org.parallax.io.exchange;

/** An article text an import stores: its file name inside the model's {@code sources/} folder and its bytes. */
public record ImportedText(String fileName, byte[] bytes) {
}
