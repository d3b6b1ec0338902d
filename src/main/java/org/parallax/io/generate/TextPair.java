package org.parallax.io.generate;

/** Two texts to compare with the word diff: {@code from} and {@code to}. */
public record TextPair(String from, String to) {
}
