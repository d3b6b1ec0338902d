package org.parallax.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.io.ModelLoader;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

class EditsTest {
    Model model;

    @BeforeEach
    void load() {
        model = new ModelLoader().load(Path.of("src/test/resources/models/small.json")).model();
    }

    @Test
    void aPointCanBeMadeBeforeAnyArticleMakesItAndThenCoded() throws EditRejected {
        Model added = new StructureEdits.AddPoint(new Point("new-point", "compute", "A new point",
                Map.of("ruritania", "Ruritania has it"), List.of())).apply(model);
        assertThat(added.point("new-point")).hasValueSatisfying(p -> assertThat(p.framings()).isEmpty());
        Model coded = new FramingEdits.AddQuote("new-point", "alpha", new Quote("chips", 10, 15, "ruritania"),
                Stance.ADVANTAGE, Certainty.values()[0], "a frame").apply(added);
        Framing framing = coded.point("new-point").orElseThrow().framingOf("alpha").orElseThrow();
        assertThat(framing.stance()).isEqualTo(Stance.ADVANTAGE);
        assertThat(framing.frame()).isEqualTo("a frame");
        assertThat(framing.quotes()).containsExactly(new Quote("chips", 10, 15, "ruritania"));
        Model second = new FramingEdits.AddQuote("new-point", "alpha", new Quote("an", 2, 4, null), Stance.MIXED,
                null, null).apply(coded);
        Framing both = second.point("new-point").orElseThrow().framingOf("alpha").orElseThrow();
        assertThat(both.stance()).as("an existing framing keeps its labels").isEqualTo(Stance.ADVANTAGE);
        assertThat(both.quotes()).extracting(Quote::start).containsExactly(2, 10);
        assertThatThrownBy(() -> new FramingEdits.AddQuote("new-point", "alpha", new Quote("an", 2, 4, null), null,
                null, null).apply(second)).isInstanceOf(EditRejected.class).hasMessageContaining("already quoted");
        assertThat(model.point("new-point")).as("the original is untouched").isEmpty();
    }

    @Test
    void removingTheLastQuoteRemovesTheFraming() throws EditRejected {
        Point point = model.points().get(0);
        Framing framing = point.framings().get(0);
        Model changed = model;
        for (int i = framing.quotes().size() - 1; i >= 0; i--) {
            changed = new FramingEdits.RemoveQuote(point.id(), framing.source(), i).apply(changed);
        }
        assertThat(changed.point(point.id()).orElseThrow().framingOf(framing.source())).isEmpty();
    }

    @Test
    void framingsQuotesPointsThemesAndSidesCanBeEditedAndRemoved() throws EditRejected {
        Point point = model.points().get(0);
        String source = point.framings().get(0).source();
        Model edited = new FramingEdits.UpdateFraming(point.id(), source, Stance.CONSTRAINT, null, "new frame",
                "a note").apply(model);
        Framing framing = edited.point(point.id()).orElseThrow().framingOf(source).orElseThrow();
        assertThat(framing.frame()).isEqualTo("new frame");
        assertThat(framing.note()).isEqualTo("a note");
        assertThat(framing.quotes()).isEqualTo(point.framings().get(0).quotes());
        edited = new FramingEdits.SetQuoteSide(point.id(), source, 0, "freedonia").apply(edited);
        assertThat(edited.point(point.id()).orElseThrow().framingOf(source).orElseThrow().quotes().get(0).side())
                .isEqualTo("freedonia");
        edited = new FramingEdits.RemoveFraming(point.id(), source).apply(edited);
        assertThat(edited.point(point.id()).orElseThrow().framingOf(source)).isEmpty();
        edited = new StructureEdits.UpdatePoint(point.id(), "talent", "Renamed", Map.of("ruritania", "x")).apply(edited);
        assertThat(edited.point(point.id()).orElseThrow().title()).isEqualTo("Renamed");
        edited = new StructureEdits.RemovePoint(point.id()).apply(edited);
        assertThat(edited.point(point.id())).isEmpty();
        edited = new StructureEdits.AddTheme(new Theme("empty", "Empty", null)).apply(edited);
        edited = new StructureEdits.UpdateTheme(new Theme("empty", "Still empty", "d")).apply(edited);
        assertThat(edited.theme("empty").orElseThrow().label()).isEqualTo("Still empty");
        edited = new StructureEdits.RemoveTheme("empty").apply(edited);
        assertThat(edited.theme("empty")).isEmpty();
        edited = new StructureEdits.AddSide(new Side("third", "Third")).apply(edited);
        edited = new StructureEdits.RenameSide("third", "Thirdland").apply(edited);
        assertThat(edited.side("third").orElseThrow().label()).isEqualTo("Thirdland");
        edited = new StructureEdits.RemoveSide("third").apply(edited);
        assertThat(edited.sides()).hasSize(2);
        edited = new StructureEdits.SetTitle("Another title").apply(edited);
        assertThat(edited.title()).isEqualTo("Another title");
    }

    @Test
    void editsThatDoNotFitAreRejectedWithAMessage() {
        assertThatThrownBy(() -> new StructureEdits.RemoveTheme("compute").apply(model))
                .isInstanceOf(EditRejected.class).hasMessageContaining("still has");
        assertThatThrownBy(() -> new StructureEdits.RemoveSide("ruritania").apply(model))
                .hasMessageContaining("is named by");
        assertThatThrownBy(() -> new StructureEdits.AddTheme(new Theme("Bad Id", "x", null)).apply(model))
                .hasMessageContaining("not an id");
        assertThatThrownBy(() -> new StructureEdits.AddPoint(new Point("p", "nope", "t", Map.of(), List.of()))
                .apply(model)).hasMessageContaining("no theme \"nope\"");
        assertThatThrownBy(() -> new FramingEdits.AddQuote(model.points().get(0).id(), "nobody",
                new Quote("x", 0, 1, null), null, null, null).apply(model)).hasMessageContaining("no source");
        assertThatThrownBy(() -> new SourceEdits.AddSource(model.sources().get(0)).apply(model))
                .hasMessageContaining("already has a source");
    }

    @Test
    void removingASourceRemovesItsFramingsAndDerivations() throws EditRejected {
        Model removed = new SourceEdits.RemoveSource("alpha").apply(model);
        assertThat(removed.source("alpha")).isEmpty();
        assertThat(removed.points()).allSatisfy(p -> assertThat(p.framingOf("alpha")).isEmpty());
        assertThat(removed.sources()).allSatisfy(s -> assertThat(s.derivedFrom()).isNotEqualTo("alpha"));
    }
}
