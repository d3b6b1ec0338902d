package org.parallax.io.convert;

/** Turns the bytes of one format into plain text with paragraphs separated by blank lines (before cleanup). */
interface FormatConverter {
    String toText(byte[] bytes) throws Rejected;
}
