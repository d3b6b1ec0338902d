package org.parallax.ui.framing;

import javafx.beans.value.ObservableValue;
import org.parallax.io.AttachedSources;
import org.parallax.model.Quote;
import org.parallax.ui.common.SourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.ui.explorer.ExplorerViewModel;
import org.parallax.ui.explorer.PointRow;

/** The framing panel's content for the selected point: claims per side, and one column per source. */
public final class FramingViewModel {
    /**
     * One source's column: its framing, or empty when the source does not make the point. Empty is a blind spot only
     * when the source's text is in the corpus; a work the corpus retells without containing it was never read, so
     * its silence says nothing (decision 0054).
     */
    public record SourceColumn(Source source, Optional<Framing> framing) {
        public boolean blindSpot() {
            return framing.isEmpty() && source.hasFile();
        }

        public boolean notInCorpus() {
            return framing.isEmpty() && !source.hasFile();
        }
    }

    /**
     * Up to this many silent sources get a column each (the three articles of the bundled corpus); beyond, they are
     * listed in one column per kind of silence, so a corpus of thousands of sources shows a point with a few
     * columns instead of thousands of them.
     */
    public static final int SILENT_COLUMNS = 8;

    /**
     * What the panel shows; {@code point} null means nothing selected. {@code columns}: the sources that make the
     * point, and the silent ones when there are at most {@link #SILENT_COLUMNS}; else the silent ones are in
     * {@code blindSpots} (read, and silent) and {@code notInCorpus} (no text in the corpus), in source order.
     */
    public record Content(Point point, String themeLabel, List<Side> sides, List<SourceColumn> columns,
                          List<Source> blindSpots, List<Source> notInCorpus) {
        public static final Content NONE = new Content(null, "", List.of(), List.of(), List.of(), List.of());
    }

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(Content.NONE);
    private final ObservableValue<AttachedSources> texts;

    public FramingViewModel(ExplorerViewModel explorer) {
        this(explorer, new javafx.beans.property.SimpleObjectProperty<>());
    }

    /** With {@code texts}, the article texts attached in the Sources tab: a quote can be read in its article. */
    public FramingViewModel(ExplorerViewModel explorer, ObservableValue<AttachedSources> texts) {
        this.explorer = explorer;
        this.texts = texts;
        explorer.selectedPointProperty().addListener((o, before, now) -> content.set(contentOf(now)));
        // the source and side filters hide the cards and claims they exclude
        explorer.criteriaProperty().addListener((o, before, now) -> {
            if (!before.sources().equals(now.sources()) || !before.sides().equals(now.sides())) {
                content.set(contentOf(explorer.selectedPointProperty().get()));
            }
        });
    }

    /** The source with this id, when the model has it. */
    public Optional<Source> source(String id) {
        return explorer.model().source(id);
    }

    /**
     * Who makes a side's claim: the short names of the sources with a quote about that side (or, for quotes that
     * name no side, about the point's main side), in source order; empty when no source's quote backs it.
     */
    public List<String> claimedBy(Point point, String sideId, String mainSide) {
        List<String> names = new ArrayList<>();
        for (Source source : explorer.model().sources()) {
            point.framingOf(source.id()).ifPresent(framing -> {
                boolean anySide = false;
                boolean thisSide = false;
                for (Quote quote : framing.quotes()) {
                    anySide |= quote.side() != null;
                    thisSide |= sideId.equals(quote.side());
                }
                if (thisSide || !anySide && sideId.equals(mainSide)) {
                    names.add(SourceNames.of(explorer.model(), source.id()));
                }
            });
        }
        return names;
    }

    /** The point's main side (the side most of its quotes are about), or null. */
    public String mainSide() {
        PointRow row = explorer.selectedPointProperty().get();
        return row == null ? null : row.mainSide();
    }

    private Content contentOf(PointRow row) {
        if (row == null) {
            return Content.NONE;
        }
        Model model = explorer.model();
        List<SourceColumn> all = new ArrayList<>();
        int silent = 0;
        java.util.Set<String> chosen = explorer.criteria().sources();
        java.util.Set<String> chosenSides = explorer.criteria().sides();
        List<Side> sides = chosenSides.isEmpty() ? model.sides()
                : model.sides().stream().filter(side -> chosenSides.contains(side.id())).toList();
        for (Source source : model.sources()) {
            if (!chosen.isEmpty() && !chosen.contains(source.id())) {
                continue;
            }
            SourceColumn column = new SourceColumn(source, row.point().framingOf(source.id()));
            all.add(column);
            silent += column.framing().isEmpty() ? 1 : 0;
        }
        if (silent <= SILENT_COLUMNS) {
            return new Content(row.point(), row.themeLabel(), sides, all, List.of(), List.of());
        }
        List<SourceColumn> framed = new ArrayList<>();
        List<Source> blindSpots = new ArrayList<>();
        List<Source> notInCorpus = new ArrayList<>();
        for (SourceColumn column : all) {
            if (column.blindSpot()) {
                blindSpots.add(column.source());
            } else if (column.notInCorpus()) {
                notInCorpus.add(column.source());
            } else {
                framed.add(column);
            }
        }
        return new Content(row.point(), row.themeLabel(), sides, framed, blindSpots, notInCorpus);
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public List<String> queryWords() {
        return explorer.pass().queryWords();
    }

    /** A source's one short name, as everywhere in the window. */
    public String sourceName(String id) {
        return SourceNames.of(explorer.model(), id);
    }

    public String sourceTitle(String id) {
        return explorer.model().source(id).map(Source::title).orElse(id);
    }
}
