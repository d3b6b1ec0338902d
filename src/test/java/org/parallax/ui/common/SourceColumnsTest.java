package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.filter.FilterCriteria;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;

/** Which sources get a column, and what their headers read (decision 0067). */
class SourceColumnsTest {
    private static Source source(String id) {
        return new Source(id, "Title of " + id, null, null, SourceKind.ORIGINAL, null, null, null, null, null, null);
    }

    private static List<Source> sources(int count) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sources.add(source("source-" + i));
        }
        return sources;
    }

    @Test
    void aCorpusWithinTheLimitShowsEverySource() {
        assertThat(SourceColumns.shown(sources(SourceColumns.LIMIT), FilterCriteria.NONE))
                .containsExactlyElementsOf(IntStream.range(0, SourceColumns.LIMIT).boxed().toList());
    }

    @Test
    void aLargerCorpusShowsTheChosenSourcesThenTheFirstOthersInModelOrder() {
        List<Source> sources = sources(100);
        FilterCriteria chosen = FilterCriteria.NONE.withSources(Set.of("source-99", "source-70"));

        List<Integer> shown = SourceColumns.shown(sources, chosen);

        assertThat(shown).hasSize(SourceColumns.LIMIT).isSorted().contains(70, 99)
                .containsAll(IntStream.range(0, SourceColumns.LIMIT - 2).boxed().toList())
                .doesNotContain(SourceColumns.LIMIT - 2);
        assertThat(SourceColumns.shown(sources, FilterCriteria.NONE))
                .containsExactlyElementsOf(IntStream.range(0, SourceColumns.LIMIT).boxed().toList());
    }

    @Test
    void headersAreTheUniqueShortNames() {
        List<Source> sources = List.of(source("blockbeats-translation"), source("blue-m2415"), source("blue-m2416"));

        // short names derive from the titles ("Title of blockbeats-translation" is cut to 24 characters)
        String[] headers = SourceColumns.headers(sources);
        assertThat(headers).doesNotHaveDuplicates().hasSize(3);
        assertThat(headers[0]).startsWith("Title of");
        assertThat(headers).containsExactly(sources.stream().map(s -> new org.parallax.model.Model(1, "m", List.of(),
                List.of(), sources, List.of()).shortName(s.id())).toArray(String[]::new));
    }
}
