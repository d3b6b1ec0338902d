package org.parallax.analysis.filter;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The one filter predicate behind the window's tables and {@code parallax export}. A quote passes when it
 * passes every constrained kind; a query passes when every one of its words occurs (folded) in the quote,
 * its frame, or its point's title or claims.
 */
public final class QuoteFilter implements Predicate<QuoteRow> {
    private final FilterCriteria criteria;
    private final String[] queryWords;

    public QuoteFilter(FilterCriteria criteria) {
        this.criteria = criteria;
        String folded = TextFolding.fold(criteria.query()).strip();
        this.queryWords = folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }

    public FilterCriteria criteria() {
        return criteria;
    }

    @Override
    public boolean test(QuoteRow row) {
        return (criteria.themes().isEmpty() || criteria.themes().contains(row.point().theme()))
                && (criteria.points().isEmpty() || criteria.points().contains(row.point().id()))
                && (criteria.sources().isEmpty() || criteria.sources().contains(row.framing().source()))
                && (criteria.sides().isEmpty() || row.quote().side() != null && criteria.sides().contains(row.quote().side()))
                && (criteria.stances().isEmpty() || row.framing().stance() != null && criteria.stances().contains(row.framing().stance()))
                && (criteria.certainties().isEmpty()
                    || row.framing().certainty() != null && criteria.certainties().contains(row.framing().certainty()))
                && matchesQuery(row.searchText());
    }

    private boolean matchesQuery(String searchText) {
        return Arrays.stream(queryWords).allMatch(searchText::contains);
    }
}
