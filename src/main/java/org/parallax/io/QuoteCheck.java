package org.parallax.io;

import java.util.List;

/**
 * The verification of one quote against its article. {@code occurrences} are the code-point offsets where
 * the quote's text does occur (at most a few), filled when the quote is not verbatim at its offsets.
 */
public record QuoteCheck(Status status, String message, List<Integer> occurrences) {
    public enum Status {
        /** The article reads exactly the quote's text at its offsets. */
        VERIFIED,
        /** The article reads something else at the offsets, or the offsets lie beyond its end. */
        NOT_VERBATIM,
        /** There is no article to check against: the source has no file, or its file could not be read. */
        UNVERIFIABLE
    }

    public QuoteCheck {
        occurrences = List.copyOf(occurrences);
    }

    public boolean isVerified() {
        return status == Status.VERIFIED;
    }
}
