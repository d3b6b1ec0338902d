package org.parallax.analysis.align;

/**
 * One evidence word of a proposal where it stands in the point's texts.
 *
 * <ul>
 *   <li>{@link Part#TITLE}: in {@code point.title()}; {@code key} is null, {@code index} 0.</li>
 *   <li>{@link Part#CLAIM}: in {@code point.claims().get(key)}; {@code key} is the side id, {@code index} the claim's
 *       position in the point's claims.</li>
 *   <li>{@link Part#QUOTE}: in the text of quote {@code index} of the framing of source {@code key}
 *       ({@code point.framingOf(key).get().quotes().get(index).text()}); add the quote's {@code start} to
 *       {@code start}/{@code end} for offsets in that source's article.</li>
 * </ul>
 *
 * {@code start}/{@code end} are code points into that text, end exclusive; {@code word} is the text there and
 * {@code stem} the stem it shares with the paragraph.
 */
public record PointEvidence(Part part, String key, int index, String word, String stem, int start, int end) {
    /** Which of the point's texts the word stands in. */
    public enum Part { TITLE, CLAIM, QUOTE }
}
