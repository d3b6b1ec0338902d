package org.parallax.analysis.framing;

import java.util.List;

/** One sentence of a text: where it is, which quote and paragraph it belongs to, its words. */
record Sentence(Span span, int quote, int paragraph, List<Word> words) {
}
