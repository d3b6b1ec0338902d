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
    void headersAreShortNamesUnlessTwoSourcesShareOne() {
        List<Source> sources = List.of(source("blockbeats-translation"), source("blue-m2415"), source("blue-k1202"));

        assertThat(SourceColumns.headers(sources)).containsExactly("blockbeats", "blue-m2415", "blue-k1202");
    }
}
