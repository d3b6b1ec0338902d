package org.parallax.analysis.align;

/**
 * One evidence word of a proposal where it stands in the article: {@code start}/{@code end} are code points of the
 * article as read (the same units as {@link Paragraph#start()} and a quote's offsets), end exclusive; {@code word} is
 * the text there and {@code stem} the stem it shares with the point.
 */
public record EvidenceSpan(String word, String stem, int start, int end) {
}
