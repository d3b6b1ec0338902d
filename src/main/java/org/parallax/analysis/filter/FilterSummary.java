package org.parallax.analysis.filter;

/** How much of the model a filter shows: "12 of 340 quotes, 5 of 80 points". */
public record FilterSummary(int visibleQuotes, int totalQuotes, int visiblePoints, int totalPoints) {
    /** A short English line for a status bar. */
    public String describe() {
        return visibleQuotes + " of " + totalQuotes + (totalQuotes == 1 ? " quote, " : " quotes, ")
                + visiblePoints + " of " + totalPoints + (totalPoints == 1 ? " point" : " points");
    }
}
