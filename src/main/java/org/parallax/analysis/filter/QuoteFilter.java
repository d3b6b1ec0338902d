package org.parallax.analysis.filter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Stance;

/**
 * The one filter predicate behind the window's tables and {@code parallax export} (see docs/filters.md).
 * A quote passes when it passes every constrained kind (AND across kinds, OR within a kind). A quote with no
 * side never passes a side filter; a framing with no stance or certainty never passes those filters. A query
 * passes when every one of its words occurs (folded, see {@link TextFolding}) in the quote text, its
 * framing's frame, or its point's title or claims. Immutable and thread-safe.
 *
 * <p>{@code new QuoteFilter(criteria)} tests each row on its own; {@link QuoteCatalog#filter} gives the same
 * predicate decided for all of a catalog's rows at once, which is what 100,000 quotes need.
 */
public final class QuoteFilter implements Predicate<QuoteRow> {
    private final FilterCriteria criteria;
    private final String[] queryWords;
    private final QuoteCatalog catalog;
    private final BitSet decided;

    /** A filter that tests each row on its own (fine for a few thousand rows; see {@link QuoteCatalog#filter}). */
    public QuoteFilter(FilterCriteria criteria) {
        this.criteria = criteria;
        this.queryWords = wordsOf(criteria.query());
        this.catalog = null;
        this.decided = null;
    }

    /** A filter decided up front for every row of {@code catalog}; rows of other catalogs are tested on their own. */
    QuoteFilter(FilterCriteria criteria, QuoteCatalog catalog, QuoteFilter previous) {
        this.criteria = criteria;
        this.queryWords = wordsOf(criteria.query());
        if (queryWords.length > 0 && !catalog.hasSearchText()) {
            throw new IllegalStateException("this catalog was built without search text; it cannot take a query");
        }
        this.catalog = catalog;
        BitSet before = previous == null ? null : previous.decidedFor(catalog);
        // re-testing row by row beats a sweep of the whole text only when few rows passed before
        boolean narrowing = before != null && narrows(previous)
                && before.cardinality() <= catalog.rows().size() / NARROWING_SHARE;
        this.decided = narrowing ? retest(catalog, before) : decide(catalog);
    }

    /** Re-test row by row when the previous result holds at most 1/this of the rows. */
    private static final int NARROWING_SHARE = 8;

    private BitSet retest(QuoteCatalog rows, BitSet before) {
        BitSet passing = (BitSet) before.clone();
        for (String word : queryWords) {
            if (passing.isEmpty()) {
                break;
            }
            passing = rows.index.rowsContaining(word, passing);
        }
        return passing;
    }

    private BitSet decide(QuoteCatalog rows) {
        int count = rows.rows().size();
        boolean[] themes = mask(criteria.themes().stream().mapToInt(id -> rows.model().themeIndex(id)));
        boolean[] sources = mask(criteria.sources().stream().mapToInt(id -> rows.model().sourceIndex(id)));
        boolean[] sides = mask(criteria.sides().stream().mapToInt(rows::sidePosition));
        boolean[] stances = mask(criteria.stances().stream().mapToInt(Enum::ordinal));
        boolean[] certainties = mask(criteria.certainties().stream().mapToInt(Enum::ordinal));
        boolean[] points = mask(criteria.points().stream().mapToInt(rows::pointPosition));
        BitSet passing = new BitSet(count);
        for (int i = 0; i < count; i++) {
            if (allows(themes, rows.themeOf[i]) && allows(sources, rows.sourceOf[i]) && allows(sides, rows.sideOf[i])
                    && allows(stances, rows.stanceOf[i]) && allows(certainties, rows.certaintyOf[i])
                    && allows(points, rows.pointOf[i])) {
                passing.set(i);
            }
        }
        for (String word : queryWords) {
            if (passing.isEmpty()) {
                break;
            }
            passing.and(rows.index.rowsContaining(word));
        }
        return passing;
    }

    /** Null when the kind is unconstrained; else {@code mask[position]} says whether the value is chosen. */
    private static boolean[] mask(java.util.stream.IntStream chosenPositions) {
        int[] positions = chosenPositions.toArray();
        if (positions.length == 0) {
            return null;
        }
        int size = 1;
        for (int position : positions) {
            if (position != Integer.MAX_VALUE) {
                size = Math.max(size, position + 1);
            }
        }
        boolean[] mask = new boolean[size];
        for (int position : positions) {
            if (position >= 0 && position < size) {
                mask[position] = true; // unknown ids (-1, MAX_VALUE) choose nothing
            }
        }
        return mask;
    }

    private static boolean allows(boolean[] mask, int position) {
        return mask == null || position >= 0 && position < mask.length && mask[position];
    }

    /**
     * The orders of the rows of {@code rows} this filter passes (a copy), or null when it was not made by that
     * catalog: lets a view walk only the passing rows without reading each row object.
     */
    public BitSet passingOrders(QuoteCatalog rows) {
        BitSet passing = decidedFor(rows);
        return passing == null ? null : (BitSet) passing.clone();
    }

    /** The decided rows when this filter was made by {@code rows}, else null. */
    BitSet decidedFor(QuoteCatalog rows) {
        return catalog == rows ? decided : null;
    }

    public static QuoteFilter of(FilterCriteria criteria) {
        return new QuoteFilter(criteria);
    }

    /** The folded, distinct words of a query, in order of first occurrence. */
    static String[] wordsOf(String query) {
        String folded = TextFolding.fold(query).strip();
        if (folded.isEmpty()) {
            return new String[0];
        }
        return java.util.Arrays.stream(folded.split("\\s+")).distinct().toArray(String[]::new);
    }

    public FilterCriteria criteria() {
        return criteria;
    }

    /** The folded words every passing quote contains. */
    public List<String> queryWords() {
        return List.of(queryWords);
    }

    @Override
    public boolean test(QuoteRow row) {
        if (catalog != null && catalog.owns(row)) {
            return decided.get(row.order());
        }
        return matchesFacets(row) && (queryWords.length == 0 || matchesQuery(row.searchText()));
    }

    private boolean matchesFacets(QuoteRow row) {
        Framing framing = row.framing();
        Set<String> themes = criteria.themes();
        if (!themes.isEmpty() && !themes.contains(row.point().theme())) {
            return false;
        }
        Set<String> points = criteria.points();
        if (!points.isEmpty() && !points.contains(row.point().id())) {
            return false;
        }
        Set<String> sources = criteria.sources();
        if (!sources.isEmpty() && !sources.contains(framing.source())) {
            return false;
        }
        Set<String> sides = criteria.sides();
        if (!sides.isEmpty() && (row.quote().side() == null || !sides.contains(row.quote().side()))) {
            return false;
        }
        Set<Stance> stances = criteria.stances();
        if (!stances.isEmpty() && (framing.stance() == null || !stances.contains(framing.stance()))) {
            return false;
        }
        Set<Certainty> certainties = criteria.certainties();
        return certainties.isEmpty() || framing.certainty() != null && certainties.contains(framing.certainty());
    }

    private boolean matchesQuery(String searchText) {
        for (String word : queryWords) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when everything this filter passes, {@code previous} passed too: same facets, and each of the
     * previous query's words is part of one of this query's words (the user typed one more char). A view may
     * then re-test only the rows {@code previous} passed.
     */
    public boolean narrows(QuoteFilter previous) {
        FilterCriteria before = previous.criteria;
        if (!criteria.withQuery("").equals(before.withQuery(""))) {
            return false;
        }
        for (String oldWord : previous.queryWords) {
            boolean covered = false;
            for (String word : queryWords) {
                if (word.contains(oldWord)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the query's words occur in {@code text} (as written, not folded), sorted, overlapping and
     * touching ranges merged: what a view highlights. Empty when the query is blank or nothing matches.
     */
    public List<TextRange> matchRanges(String text) {
        if (queryWords.length == 0 || text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = TextFolding.foldMapped(text);
        String haystack = folded.folded();
        List<TextRange> found = new ArrayList<>();
        for (String word : queryWords) {
            for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
                found.add(folded.toOriginal(at, at + word.length()));
            }
        }
        return merge(found);
    }

    private static List<TextRange> merge(List<TextRange> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        ranges.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
        List<TextRange> merged = new ArrayList<>();
        TextRange current = ranges.get(0);
        for (TextRange next : ranges.subList(1, ranges.size())) {
            if (next.start() <= current.end()) {
                current = new TextRange(current.start(), Math.max(current.end(), next.end()));
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return Collections.unmodifiableList(merged);
    }
}
