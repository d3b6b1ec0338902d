package org.parallax.io.convert;

/** An article text written to a model's {@code sources/} folder: its file name there and the sha256 of its bytes. */
public record StoredArticle(String file, String sha256, String text) {
}
