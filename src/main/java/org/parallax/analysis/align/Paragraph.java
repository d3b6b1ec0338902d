package org.parallax.analysis.align;

/** One unit of an article: a paragraph (a block between blank lines) or a heading line split off it. Offsets in code points, end exclusive. */
public record Paragraph(int index, int start, int end, String text) {
}
