package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.framing.FramingComparison;
import org.parallax.analysis.framing.Span;
import org.parallax.model.Framing;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;
import org.parallax.model.Stance;
import org.parallax.ui.common.OpenInArticleEvent;

/** A diff passage's place in its article: joined quotes map into the quote they start in; code points, not chars. */
class PassagePlacesTest {
    // "𝔸" is two chars and one code point: offsets after it differ between the two counts
    static final String ARTICLE = "𝔸 intro. Labs train on chips. Later: students lead. End.";
    static final Quote CHIPS = quote("Labs train on chips.");
    static final Quote STUDENTS = quote("students lead.");
    static final Source SOURCE = new Source("a", "A", null, null,
            org.parallax.model.SourceKind.ORIGINAL, null, null, null, null, "a.txt", null, null);

    static Quote quote(String text) {
        int at = ARTICLE.indexOf(text);
        int start = ARTICLE.codePointCount(0, at);
        return new Quote(text, start, start + text.codePointCount(0, text.length()), null);
    }

    static FramingComparison compared(Passage from, List<Span> fromQuotes) {
        return new FramingComparison(from.text(), "other", fromQuotes, List.of(new Span(0, 5)), List.of(), List.of(),
                List.of(), List.of(), List.of(), 0, Optional.empty());
    }

    static Point point(Quote... quotes) {
        return new Point("p", "t", "P", Map.of(), List.of(new Framing("a", null, Stance.NEUTRAL, null, null,
                List.of(quotes), null)));
    }

    @Test
    void aPassageOfJoinedQuotesLandsInTheQuoteItStartsIn() {
        Passage joined = Passage.joined(List.of(CHIPS.text(), STUDENTS.text()));
        int second = joined.partStarts()[1];
        FramingComparison comparison = compared(joined, List.of(new Span(0, CHIPS.text().length()),
                new Span(second, joined.text().length())));
        // "train on chips." inside the first quote
        int from = joined.text().indexOf("train");
        OpenInArticleEvent place = PassagePlaces.of(comparison, DiffViewModel.Mode.POINT, point(CHIPS, STUDENTS),
                SOURCE, true, new Span(from, CHIPS.text().length())).orElseThrow();
        assertThat(ARTICLE.substring(ARTICLE.offsetByCodePoints(0, place.start()),
                ARTICLE.offsetByCodePoints(0, place.end()))).isEqualTo("train on chips.");
        // a passage over both quotes runs from where it starts to where it ends in the article
        OpenInArticleEvent both = PassagePlaces.of(comparison, DiffViewModel.Mode.POINT, point(CHIPS, STUDENTS),
                SOURCE, true, new Span(from, joined.text().length())).orElseThrow();
        assertThat(both.start()).isEqualTo(place.start());
        assertThat(both.end()).isEqualTo(STUDENTS.end());
    }

    @Test
    void quotesOutOfArticleOrderKeepThePassageInItsFirstQuote() {
        Passage joined = Passage.joined(List.of(STUDENTS.text(), CHIPS.text()));
        int second = joined.partStarts()[1];
        FramingComparison comparison = compared(joined, List.of(new Span(0, STUDENTS.text().length()),
                new Span(second, joined.text().length())));
        OpenInArticleEvent place = PassagePlaces.of(comparison, DiffViewModel.Mode.POINT, point(STUDENTS, CHIPS),
                SOURCE, true, new Span(0, joined.text().length())).orElseThrow();
        assertThat(place.start()).isEqualTo(STUDENTS.start());
        assertThat(place.end()).isEqualTo(STUDENTS.end());
    }

    @Test
    void aPassageOfAWholeArticleCountsCodePoints() {
        FramingComparison comparison = compared(Passage.of(ARTICLE), List.of(new Span(0, ARTICLE.length())));
        int at = ARTICLE.indexOf("Labs");
        OpenInArticleEvent place = PassagePlaces.of(comparison, DiffViewModel.Mode.ARTICLES, null, SOURCE, true,
                new Span(at, at + 4)).orElseThrow();
        assertThat(place.start()).isEqualTo(at - 1); // one surrogate pair before it
        assertThat(place.end()).isEqualTo(at + 3);
        assertThat(place.sourceId()).isEqualTo("a");
    }

    @Test
    void noComparisonOrAFramingThatChangedGivesNoPlace() {
        assertThat(PassagePlaces.of(null, DiffViewModel.Mode.POINT, point(CHIPS), SOURCE, true, new Span(0, 1)))
                .isEmpty();
        Passage joined = Passage.joined(List.of(CHIPS.text(), STUDENTS.text()));
        FramingComparison comparison = compared(joined, List.of(new Span(0, 5), new Span(6, 10)));
        assertThat(PassagePlaces.of(comparison, DiffViewModel.Mode.POINT, point(CHIPS), SOURCE, true,
                new Span(0, 3))).as("one quote now, two compared").isEmpty();
    }
}
