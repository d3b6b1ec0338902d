package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision 0100: explicit short names win, else the publisher, else the title's first words; unique per model. */
class ShortNamesTest {
    private static Source source(String id, String title, String publisher, String shortName) {
        return new Source(id, title, null, publisher, SourceKind.ORIGINAL, null, null, null, null, null, null,
                shortName);
    }

    private static Model model(Source... sources) {
        return new Model(Model.SCHEMA_VERSION, "m", List.of(), List.of(), List.of(sources), List.of());
    }

    @Test
    void anExplicitShortNameWinsOverPublisherAndTitle() {
        assertThat(source("a", "Some long title", "Publisher", "  Ledger ").shortName()).isEqualTo("Ledger");
    }

    @Test
    void aBlankShortNameCountsAsAbsent() {
        assertThat(source("a", "Some title", "Harbour Press", " ").shortName()).isEqualTo("Harbour Press");
    }

    @Test
    void aShortPublisherIsTheDerivedName() {
        assertThat(source("a", "Fjords and their keepers", "Nordlys Tidende", null).shortName())
                .isEqualTo("Nordlys Tidende");
    }

    @Test
    void aLongPublisherGivesWayToTheTitlesFirstWords() {
        Source source = source("a", "The quiet harbour of Valparaíso at dawn", "The Very Long Name Of A Gazette Ltd",
                null);

        assertThat(source.shortName()).isEqualTo("quiet harbour of\u2026");
        assertThat(source.shortName().codePointCount(0, source.shortName().length()))
                .isLessThanOrEqualTo(ShortNames.MAX_LENGTH);
    }

    @Test
    void aShortTitleIsKeptWhole() {
        assertThat(source("a", "Harbour notes", null, null).shortName()).isEqualTo("Harbour notes");
        assertThat(source("a", "A", null, null).shortName()).isEqualTo("A");
    }

    @Test
    void trailingPunctuationBeforeTheEllipsisIsDropped() {
        assertThat(source("a", "Untitled, unsigned rewrite of the notes", null, null).shortName())
                .isEqualTo("Untitled, unsigned\u2026");
    }

    @Test
    void oneOverlongWordIsCut() {
        String name = source("a", "Donaudampfschifffahrtsgesellschaftskapitän retires", null, null).shortName();

        assertThat(name).startsWith("Donaudampf").endsWith("\u2026");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(ShortNames.MAX_LENGTH);
    }

    @Test
    void theModelNumbersLaterSourcesThatWouldReadTheSameIgnoringCase() {
        Model model = model(source("a", "x", "Ledger", null), source("b", "y", null, "ledger"),
                source("c", "z", "Ledger", null), source("d", "w", "Atlas", null));

        assertThat(model.shortName("a")).isEqualTo("Ledger");
        assertThat(model.shortName("b")).isEqualTo("ledger 2");
        assertThat(model.shortName("c")).isEqualTo("Ledger 3");
        assertThat(model.shortName("d")).isEqualTo("Atlas");
        assertThat(model.shortName("unknown")).isEqualTo("unknown");
    }

    @Test
    void theNamesDependOnlyOnTheModelsContent() {
        Source a = source("a", "Same", "Gazette", null);
        Source b = source("b", "Same", "Gazette", null);

        assertThat(model(a, b).shortName("b")).isEqualTo(model(a, b).shortName("b")).isEqualTo("Gazette 2");
        assertThat(model(b, a).shortName("b")).isEqualTo("Gazette");
    }
}
